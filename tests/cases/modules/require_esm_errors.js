// require() of ES modules that fail: the module's own error comes back.
const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0].replaceAll(__dirname, '.'), e instanceof Error);
  }
};
show(() => require('./fixtures/esm_throws.mjs'));
show(() => require('./fixtures/esm_throws.mjs'));
show(() => require('./fixtures/esm_syntax_error.mjs'));
show(() => require('./fixtures/esm_tla.mjs'));
show(() => Object.keys(require('./fixtures/esm_ok.mjs')));
show(() => require('./fixtures/esm_ok.mjs').default);
