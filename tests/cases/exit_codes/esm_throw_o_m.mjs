// args: o m
await import('./_esm_throw.mjs');
