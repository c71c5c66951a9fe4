// args: e imm
const vals = { e: new Error('esm err') };
const v = vals[process.argv[2]];
if (process.argv[3] === 'await') await Promise.reject(v);
if (process.argv[3] === 'imm') setImmediate(() => { throw v; });
else throw v;
