process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
console.log(require('./fixtures/node_modules/uses-punycode'));
const punycode = require('punycode');
const punycode2 = require('node:punycode');
console.log(punycode === punycode2, punycode.version, Object.keys(punycode));
for (const s of ['mañana', 'bücher', '☃-⌘', 'ü', 'abc', '']) console.log(JSON.stringify(s), punycode.encode(s), punycode.decode(punycode.encode(s)) === s);
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn--tda.example'));
console.log(punycode.ucs2.decode('\uD834\uDF06a'), punycode.ucs2.encode([0x1D306, 97]));
try { punycode.decode('\x81'); } catch (e) { console.log(e.name, e.message); }
try { punycode.decode('ZZZZZZZZZZZZ'); } catch (e) { console.log(e.name, e.message); }
const sys = require('sys');
console.log(sys === require('util'), require('sys') === sys);
const constants = require('constants');
const os = require('os'); const fs = require('fs');
console.log(Object.keys(constants).length > 200, constants.O_RDONLY === fs.constants.O_RDONLY, constants.SIGINT, constants.ENOENT, constants.RTLD_NOW, Object.isFrozen(constants));
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
console.log(require('_stream_readable') === Readable, require('_stream_writable') === Writable, require('_stream_duplex') === Duplex,
  require('_stream_transform') === Transform, require('_stream_passthrough') === PassThrough);
const bm = require('module').builtinModules;
for (const m of ['stream/web', 'stream/consumers', 'diagnostics_channel', 'constants', 'sys', 'punycode', '_stream_readable']) console.log(m, bm.includes(m), require('module').isBuiltin(m));
