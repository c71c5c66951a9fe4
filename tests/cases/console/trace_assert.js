// console.trace / console.assert / console.warn go to stderr.
console.trace('trace %s', 'msg');
function inner() { console.trace(); }
inner();
console.assert(false, 'failed %d', 1);
console.assert(0);
console.assert(true, 'never');
console.warn({ warn: [1, 2] });
console.error('error', 42, { e: 1 });
console.log('done');
