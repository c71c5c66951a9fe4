// args: n m
await import('./_esm_throw.mjs');
