const dc = require('diagnostics_channel');
for (const n of ['console.log', 'console.info', 'console.debug', 'console.warn', 'console.error']) {
  dc.subscribe(n, (args, name) => process.stdout.write(`[${name}] ${JSON.stringify(args)}\n`));
}
console.log('hello', 1);
console.info('info');
console.debug('dbg');
console.warn('warned');
console.error('err %s', 'x');
console.trace === undefined;
console.table([1]);
console.dir({ a: 1 });
console.group('g'); console.log('in group'); console.groupEnd();
console.assert(false, 'assert msg');
console.count();
