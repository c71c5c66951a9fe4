// A .js main with no "type" that only parses as a module runs as one.
import { basename } from 'node:path';
console.log(typeof require, typeof module, basename(import.meta.filename));
await null;
console.log('after top-level await');
