// stdin: 3\n10 20 30\nlast line without newline
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines.length, JSON.stringify(lines));
  const [count, nums] = lines;
  console.log('sum', nums.split(' ').map(Number).reduce((a, b) => a + b, 0), 'count', count);
})();
process.on('exit', () => console.log('exit'));
