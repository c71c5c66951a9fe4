// The same after a top-level await (the module resumes from a microtask).
await null;
const e = new RangeError('after await');
e.code = 'E_LATE';
throw e;
