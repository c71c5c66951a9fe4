import x, { named } from './fixtures/esmod.cjs';
import * as ns from './fixtures/esmod.cjs';
import data from './fixtures/data.json' with { type: 'json' };
console.log(JSON.stringify(x), named, Object.keys(ns).sort().join(), data.j);
try { import.meta.resolve('nopkg-x'); } catch (e) { console.log(e.message.replace(import.meta.dirname, 'D')); }
console.log(import.meta.resolve('./nonexist.mjs').replace(import.meta.dirname, 'D'));
try { await import('./fixtures/data.json'); } catch (e) { console.log(e.name, e.message.replace(import.meta.dirname, 'D')); }
