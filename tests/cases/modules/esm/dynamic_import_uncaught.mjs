console.log('before');
await import('./missing-dyn.mjs');
