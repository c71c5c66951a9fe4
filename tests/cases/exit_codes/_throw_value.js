const vals = { n: 42, s: Symbol('sy'), u: undefined, o: {}, a: [1, 'x'], f: function foo() {}, nul: Object.create(null), el: { stack: 'fake stack', message: 'm' }, b: 10n, d: new Date(0) };
const v = vals[process.argv[2]];
if (process.argv[3] === 't') setTimeout(() => { throw v; }); else throw v;
