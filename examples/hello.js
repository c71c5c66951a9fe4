// A first script: host runs it as Node would.
const os = require('os');
console.log(`hello from ${process.release.name}-compatible host, pid ${process.pid}`);
setTimeout(() => console.log('a timer fired'), 10);
process.on('exit', (code) => console.log(`exiting with ${code}`));
void os;
