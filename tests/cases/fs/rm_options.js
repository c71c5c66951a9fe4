// rm/rmSync/rmdir option validation: defaults merged first (an explicit
// undefined counts), checked before the path is looked at.
const fs = require('fs');
const { p, rel } = require('./_tmp');

const t = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message));
  }
};
const options = [
  { force: 'x' }, { recursive: 1 }, { maxRetries: -1 }, { maxRetries: 1.5 }, { maxRetries: 'a' },
  { retryDelay: -1 }, { retryDelay: 2 ** 31 }, { retryDelay: 'x' }, { maxRetries: 2 ** 32 }, null, 'str',
  { force: true, recursive: 'x' }, { force: undefined }, { recursive: undefined }, { maxRetries: undefined },
  { force: true, maxRetries: 3, retryDelay: 0 },
];
for (const o of options) {
  const s = JSON.stringify(o) ?? String(o);
  t('rmSync ' + s, () => fs.rmSync(p('missing'), o));
  t('rm ' + s, () => fs.rm(p('missing'), o, () => {}));
  t('rmdirSync ' + s, () => fs.rmdirSync(p('missing'), o));
}
(async () => {
  for (const o of [{ maxRetries: -1 }, { force: 1 }, { recursive: undefined }]) {
    try {
      await fs.promises.rm(p('missing'), o);
    } catch (e) {
      console.log('promises.rm', JSON.stringify(o), e.code, rel(e.message));
    }
    try {
      await fs.promises.rmdir(p('missing'), o);
    } catch (e) {
      console.log('promises.rmdir', JSON.stringify(o), e.code, rel(e.message));
    }
  }
})();
