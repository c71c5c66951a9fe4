// stdin: Ada\n36\nyes\n
const readline = require('readline');
const { PassThrough } = require('stream');
const out = new PassThrough();
let written = '';
out.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input: process.stdin, output: out, prompt: 'cmd> ' });
rl.question('What is your name? ', (name) => {
  rl.question('Age? ', (age) => {
    console.log('name', name, 'age', Number(age) + 1);
    rl.setPrompt('ok? ');
    rl.prompt();
    rl.once('line', (l) => {
      console.log('answer', l, 'prompt now', JSON.stringify(rl.getPrompt()));
      rl.close();
    });
  });
});
rl.on('close', () => {
  console.log('written', JSON.stringify(written));
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
});
