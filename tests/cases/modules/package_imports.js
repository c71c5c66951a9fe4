// package.json "imports" (#specifiers) and "exports" through require() and import().
require('./fixtures/imports_pkg/run_cjs.js');
import('./fixtures/imports_pkg/run_esm.mjs');
