// cp option checks (defaults merged first; an explicit undefined counts),
// and cpSync refusing a filter that returns a promise.
const fs = require('fs');
const { p } = require('./_tmp');

fs.mkdirSync(p('s'));
fs.writeFileSync(p('s/a'), 'a');
fs.writeFileSync(p('s/b'), 'b');
let n = 0;
const dest = () => p('d' + n++);
for (const o of [{ recursive: 1 }, { force: 'x' }, { mode: 8 }, { mode: 1.5 }, { mode: 'x' }, { errorOnExist: 1 },
  { preserveTimestamps: 1 }, { dereference: 1 }, { verbatimSymlinks: 1 }, { recursive: undefined }, { recursive: 1, force: 'x' },
  { recursive: true, dereference: true, verbatimSymlinks: true }, { recursive: true, filter: 'x' }, null, 'x',
  { recursive: true, mode: undefined }]) {
  try {
    fs.cpSync(p('s'), dest(), o);
    console.log(JSON.stringify(o), 'ok');
  } catch (e) {
    console.log(JSON.stringify(o), e.name, e.code, e.message);
  }
}
for (const filter of [async () => true, () => 1, () => undefined, () => ({ then() {} })]) {
  try {
    const d = dest();
    fs.cpSync(p('s'), d, { recursive: true, filter });
    console.log('filter ok', fs.existsSync(d) ? fs.readdirSync(d) : 'skipped');
  } catch (e) {
    console.log('filter', e.name, e.code, e.message);
  }
}
try {
  fs.cp(p('s'), dest(), { recursive: 1 }, () => {});
} catch (e) {
  console.log('callback', e.code, e.message);
}
fs.promises.cp(p('s'), dest(), { force: 1 }).catch((e) => console.log('promise', e.code, e.message));
