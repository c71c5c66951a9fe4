const util = require('util');
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough() });
const q = util.promisify(rl.question).bind(rl);
q('name? ').then((a) => { console.log('answer', a); rl.close(); });
input.write('zed\n');
