// Invalid dates compare equal in deep equality, as in Node.
const util = require('util'); const assert = require('assert');
console.log(util.isDeepStrictEqual(new Date(NaN), new Date(NaN)), util.isDeepStrictEqual(new Date(0), new Date(NaN)), util.isDeepStrictEqual(new Date(0), new Date(-0)));
try { assert.deepStrictEqual({ d: new Date(NaN) }, { d: new Date(NaN) }); console.log('ok'); } catch (e) { console.log('fail'); }
try { assert.deepEqual(new Date(NaN), new Date(NaN)); console.log('ok loose'); } catch (e) { console.log('fail loose'); }
