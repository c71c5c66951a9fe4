// args: n await
await import('./_esm_throw.mjs');
