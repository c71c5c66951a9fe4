// fs.cp / fsPromises.cp report SystemErrors (with info) in their own order;
// cpSync reports plain coded errors. An async filter may return a promise.
const fs = require('fs');
const { p, rel } = require('./_tmp');

fs.mkdirSync(p('src/sub'), { recursive: true });
fs.writeFileSync(p('src/f'), 'f');
fs.writeFileSync(p('src/sub/g'), 'g');
fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('ddir'));

function show(label, e) {
  if (!e) return console.log(label, 'ok');
  console.log(label, e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.message));
  console.log('  ', Object.keys(e), e.info && rel(JSON.stringify(e.info)));
}

const cases = {
  same: ['src', 'src', true],
  intoSelf: ['src', 'src/sub/x', true],
  notRecursive: ['src', 'out', false],
  notRecursiveOntoFile: ['src', 'file', false],
  dirOntoFile: ['src', 'file', true],
  fileOntoDir: ['file', 'ddir', true],
  missing: ['nope', 'out2', true],
  sameFile: ['file', 'file', true],
};

(async () => {
  for (const [k, [a, b, recursive]] of Object.entries(cases)) {
    try {
      fs.cpSync(p(a), p(b), { recursive });
      show('sync ' + k);
    } catch (e) {
      show('sync ' + k, e);
    }
    try {
      await fs.promises.cp(p(a), p(b), { recursive });
      show('promise ' + k);
    } catch (e) {
      show('promise ' + k, e);
    }
    await new Promise((r) => fs.cp(p(a), p(b), { recursive }, (e) => { show('callback ' + k, e); r(); }));
  }
  fs.writeFileSync(p('e1'), '1');
  fs.writeFileSync(p('e2'), '2');
  try {
    await fs.promises.cp(p('e1'), p('e2'), { force: false, errorOnExist: true });
  } catch (e) {
    show('promise exists', e);
  }
  const seen = [];
  await fs.promises.cp(p('src'), p('copy'), {
    recursive: true,
    filter: async (s) => {
      seen.push(rel(s));
      return !s.endsWith('g');
    },
  });
  console.log(seen);
  console.log(fs.readdirSync(p('copy'), { recursive: true }).sort());
})();
