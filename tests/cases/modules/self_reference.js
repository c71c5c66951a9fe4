// A package requires itself by name through its own "exports".
console.log(require('./fixtures/selfref/user.js'));
import('./fixtures/selfref/esm_user.mjs');
