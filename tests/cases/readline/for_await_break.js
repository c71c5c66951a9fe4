// stdin: first\nsecond\nthird\n
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('close', () => console.log('close event'));
  for await (const line of rl) {
    console.log('line', line);
    if (line === 'second') break;
  }
  console.log('after loop');
})();
process.on('exit', () => console.log('exit'));
