// stdin: alpha\nbeta\ngamma\n\n  spaced  \ndelta
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line)));
rl.on('close', () => console.log('close after', n, 'lines'));
process.stdin.on('end', () => console.log('stdin end'));
process.on('exit', (c) => console.log('exit', c));
