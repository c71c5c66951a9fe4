// import() failures caught in user code: Node's error classes and codes.
const here = import.meta.dirname;
for (const s of ['./nope.mjs', './fixtures', 'nopkg-missing', './fixtures/unknown.xyz', 'node:nope', './nope.cjs', '/abs/nope.mjs']) {
  try {
    await import(s);
    console.log(s, 'loaded');
  } catch (e) {
    console.log(s, e.constructor.name, e.name, e.code, e.message.replaceAll(here, '<dir>'), e.url?.replaceAll(here, '<dir>'));
    console.log(Object.keys(e));
  }
}
// Twice: a fresh error each time, still the same shape.
const errs = [];
for (let i = 0; i < 2; i++) await import('./nope2.mjs').catch((e) => errs.push(e));
console.log(errs[0] instanceof Error, errs[1].code);
