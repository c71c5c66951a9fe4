// An ES module that throws under require(), uncaught: Node's printout.
require('./fixtures/esm_throws.mjs');
