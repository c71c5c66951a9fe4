process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code, w.detail));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed code', 'CustomWarning', 'CODE1');
process.emitWarning('with opts', { type: 'OptType', code: 'OPT1', detail: 'some detail' });
process.emitWarning(new Error('an error obj'));
const e = new Error('custom'); e.name = 'MyWarning'; process.emitWarning(e);
process.emitWarning('dep', 'DeprecationWarning', 'DEP0001');
process.emitWarning('dep2', 'DeprecationWarning');
process.emitWarning('experimental', 'ExperimentalWarning');
for (const bad of [[5], ['x', 5], ['x', 'T', 5], [undefined], [null]]) {
  try { process.emitWarning(...bad); } catch (err) { console.log('throw', err.code, err.message); }
}
process.emitWarning('ctor', 'W', function f() {});
process.emitWarning('ctor2', function g() {});
process.emitWarning('detail non string', { detail: 5 });
console.log('sync done');
