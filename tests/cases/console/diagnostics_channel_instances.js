const dc = require('diagnostics_channel');
dc.subscribe('console.log', (args) => process.stdout.write(`[pub] ${JSON.stringify(args)}\n`));
const { Console } = require('console');
const c = new Console(process.stdout);
c.log('from instance');
console.log('global');
console.dirxml('x', 1);
console.log(console.log.name, console.info.name, console.error.name, console.dirxml.name, console.debug.name);
