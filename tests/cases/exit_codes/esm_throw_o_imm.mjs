// args: o imm
await import('./_esm_throw.mjs');
