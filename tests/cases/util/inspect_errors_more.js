// Errors: circular causes, shared cause frames, AggregateError, odd stacks, subclasses.
const e = new Error('self'); e.stack = 'Error: self\n    at a (x.js:1:1)'; e.cause = e; console.log(e);
const a = new Error('a'); const b = new Error('b', { cause: a }); a.stack = 'Error: a\n    at f (x.js:1:1)\n    at g (x.js:2:1)\n    at h (x.js:3:1)\n    at i (x.js:4:1)'; b.stack = 'Error: b\n    at z (x.js:9:1)\n    at f (x.js:1:1)\n    at g (x.js:2:1)\n    at h (x.js:3:1)\n    at i (x.js:4:1)'; console.log(b);
const ag = new AggregateError([a, 'str', { o: 1 }], 'many'); ag.stack = 'AggregateError: many\n    at q (x.js:5:5)'; console.log(ag);
console.log({ nested: { err: ag } });
const undef = new Error('u', { cause: undefined }); undef.stack = 'Error: u'; console.log(undef);
const named = new Error('m'); named.name = 'Renamed'; named.stack = 'Renamed: m\n    at a (x.js:1:1)'; console.log(named);
const nostackname = new RangeError('r'); nostackname.stack = ''; console.log(nostackname);
const objStack = new Error('o'); objStack.stack = { custom: true }; console.log(objStack);
class HttpError extends Error { constructor(status) { super(`HTTP ${status}`); this.status = status; this.name = 'HttpError'; } }
const he = new HttpError(404); he.stack = he.stack.split('\n')[0]; console.log(he, [he], { he });
const msgOnly = Object.create(Error.prototype); msgOnly.message = 'proto only'; console.log(msgOnly);
