const util = require('util');
const L = (...a) => console.log(...a);
L(Object.keys(util).join(' '));
L(Object.keys(util.types).join(' '));
L(require('util/types') === util.types);
const p = util.promisify((a, cb) => cb(null, a * 2));
p(21).then((v) => L('promisify', v));
const pe = util.promisify((cb) => cb(new Error('bad')));
pe().catch((e) => L('rejected', e.message));
function custom() {} custom[util.promisify.custom] = () => Promise.resolve('custom!');
L(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((v) => L(v));
L(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
try { util.promisify(1); } catch (e) { L(e.code, e.message); }
const cbf = util.callbackify(async (x) => x + 1);
L(cbf.name, cbf.length);
cbf(1, (err, v) => L('callbackify', err, v));
util.callbackify(async () => { throw null; })((err) => L('falsy', err.code, err.message, err.reason));
util.callbackify(() => Promise.reject(new Error('r')))((err) => L('rej', err.message));
function A() {} function B() {} util.inherits(A, B); L(A.super_ === B, new A() instanceof B);
try { util.inherits(A, null); } catch (e) { L(e.code, e.message); }
L(util.isDeepStrictEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(new Map([[1, {}]]), new Map([[1, {}]])));
L(util.isDeepStrictEqual(new Set([{a: 1}]), new Set([{a: 1}])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual({}, Object.create(null)));
const c1 = {}; c1.c = c1; const c2 = {}; c2.c = c2; L(util.isDeepStrictEqual(c1, c2));
L(util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]));
const t = util.types;
L(t.isPromise(Promise.resolve()), t.isRegExp(/a/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()), t.isTypedArray(new Uint8Array()), t.isUint8Array(new Uint8Array()), t.isUint8Array(new Int8Array()));
L(t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isArrayBufferView(new DataView(new ArrayBuffer(1))), t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}), t.isNativeError(new TypeError()), t.isBoxedPrimitive(Object(1)), t.isProxy(new Proxy({}, {})), t.isExternal({}), t.isKeyObject({}));
L(t.isDate.name, t.isTypedArray(1), t.isArgumentsObject((function () { return arguments; })()));
L(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-2), util.getSystemErrorMap().size > 50);
try { util.getSystemErrorName(2); } catch (e) { L(e.code, e.message); }
try { util.getSystemErrorName('x'); } catch (e) { L(e.code, e.message); }
L(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'));
L(util.styleText('red', 'x'), JSON.stringify(util.styleText(['bold', 'underline'], 'y', { validateStream: false })));
try { util.styleText('nope', 'x'); } catch (e) { L(e.code, e.message.slice(0, 60)); }
try { util.styleText('red', 5); } catch (e) { L(e.code, e.message); }
L(util.parseArgs({ args: ['-f', '--bar', 'b', 'pos'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } }, allowPositionals: true }));
L(util.parseArgs({ args: ['-abc', 'x', '--m=1', '--m', '2'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'string' }, m: { type: 'string', multiple: true }, d: { type: 'string', default: 'def' } } }));
L(util.parseArgs({ args: ['--', '-x'], strict: false, tokens: true }));
for (const args of [['--unknown'], ['pos'], ['--s'], ['--b=1'], ['--s', '-x']]) {
  try { util.parseArgs({ args, options: { s: { type: 'string' }, b: { type: 'boolean' } } }); } catch (e) { L(e.code, JSON.stringify(e.message)); }
}
try { util.parseArgs({ args: ['--unknown'], allowPositionals: true }); } catch (e) { L(e.code, e.message); }
L(util.parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true }));
try { util.parseArgs({ options: { x: { type: 'number' } } }); } catch (e) { L(e.code, e.message); }
try { util.parseArgs({ options: { x: { type: 'string', short: 'xy' } } }); } catch (e) { L(e.code, e.message); }
const dep = util.deprecate(() => 'dep-result', 'thing is deprecated', 'DEP0999');
L(dep(), dep(), dep.name);
const dep2 = util.deprecate(function old() { return 2; }, 'old() is deprecated');
L(dep2());
const dl = util.debuglog('mysect'); dl('hidden %d', 1); L(dl.enabled);
L(util.format('%s', 'x'), util.formatWithOptions({ colors: true }, '%O', { a: 1 }));
try { util.formatWithOptions(null, 'x'); } catch (e) { L(e.code, e.message); }
L(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), typeof util.inspect.colors.red, util.inspect.styles.number);
L(typeof util.TextEncoder, typeof util.TextDecoder, new util.TextEncoder().encode('hi'));
const ac = new AbortController(); util.aborted(ac.signal, {}).then(() => L('aborted resolved')); ac.abort();
L(util.parseEnv('A=1\nB="x y"\n#c\nexport C=\'q\'\nD=a # comment\nE="multi\nline"\nF=`bt`\n  G = spaced  '));
const m = new util.MIMEType('Text/HTML; Charset="utf-8"; x=y'); L(String(m), m.type, m.subtype, m.essence, m.params.get('charset'));
L(util.convertProcessSignalToExitCode('SIGKILL'));
L(util.inspect(util.promisify(setTimeout)) !== '', typeof util.promisify(setTimeout));
