// args: s m
await import('./_esm_throw.mjs');
