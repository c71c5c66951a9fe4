import fs, { readFileSync } from 'fs';
import * as pathNs from 'node:path';
import EventEmitter, { once } from 'events';
import { named, other, fn } from './fixtures/lib.cjs';
import lib from './fixtures/lib.cjs';
import * as libNs from './fixtures/lib.cjs';
import obj from './fixtures/obj.cjs'; const { a } = obj;
import mainFn from './fixtures/fn.cjs';
import def, { x } from './fixtures/m.mjs';
import typed, { t } from './fixtures/typepkg/a.js';
import c from './fixtures/typepkg/c.cjs';
import { tla } from './fixtures/tla.mjs';
import { createRequire } from 'module';
import process2 from 'process';
import { strict } from 'assert';
import assertStrict from 'assert/strict';
const D = (s) => String(s).split(import.meta.dirname).join('$D');
console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync, typeof pathNs.join, typeof pathNs.default.join);
console.log(EventEmitter.name, typeof once);
console.log(named, other, typeof fn, Object.keys(lib).join(), Object.keys(libNs).sort().join());
console.log(JSON.stringify(obj), a, typeof mainFn, mainFn.extra);
console.log(def, x, typed, t, c, tla);
console.log(D(import.meta.url), D(import.meta.filename), D(import.meta.dirname), typeof import.meta.resolve);
console.log(D(import.meta.resolve('./fixtures/m.mjs')), import.meta.resolve('fs'), import.meta.resolve('node:fs'));
console.log(Object.keys(import.meta).sort().join());
console.log(process2 === process, strict === assertStrict);
const require = createRequire(import.meta.url);
console.log(require('./fixtures/obj.cjs').a);
const dyn = await import('./fixtures/m.mjs');
console.log(dyn.default, dyn.x, Object.prototype.toString.call(dyn));
const dynFs = await import('fs');
console.log(dynFs.default === fs, typeof dynFs.readFileSync);
for (const spec of ['./nope.mjs', './fixtures/dir', 'nopkg', './fixtures/dir/', 'node:nope', './fixtures/unknown.xyz', 'fs/nope']) {
  try { await import(spec); console.log('imported', spec); } catch (e) { console.log(spec, D(e.message)); }
}
console.log(typeof __filename, typeof require, typeof module, typeof exports, this);
