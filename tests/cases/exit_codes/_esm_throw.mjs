const vals = { n: 42, o: { a: 1 }, e: new Error('esm err'), s: 'str' };
const v = vals[process.argv[2]];
if (process.argv[3] === 'await') await Promise.reject(v);
if (process.argv[3] === 'imm') setImmediate(() => { throw v; });
else throw v;
