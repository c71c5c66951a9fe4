// stdio: stdin to cat, inherit, ignore, extra pipes at fd 3 and 4
const cp = require('child_process');
const cat = cp.spawn('cat');
let got = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', (d) => (got += d));
cat.stdin.write('one ');
cat.stdin.end('two');
cat.on('close', (code) => {
  console.log('cat', code, JSON.stringify(got));
  const inh = cp.spawn('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
  inh.on('close', (code) => {
    console.log('inherit', code, inh.stdin, inh.stdout, inh.stderr, inh.stdio);
    const ign = cp.spawn('sh', ['-c', 'echo lost; cat'], { stdio: 'ignore' });
    ign.on('close', (code) => {
      console.log('ignore', code);
      const extra = cp.spawn('sh', ['-c', 'echo three >&3; echo four >&4; echo two >&2'], {
        stdio: ['ignore', 'inherit', 'pipe', 'pipe', 'pipe'],
      });
      console.log(extra.stdio.length, extra.stdin, extra.stdout, !!extra.stdio[3], !!extra.stdio[4]);
      const parts = {};
      for (const i of [2, 3, 4]) {
        parts[i] = '';
        extra.stdio[i].setEncoding('utf8');
        extra.stdio[i].on('data', (d) => (parts[i] += d));
      }
      extra.on('close', (code) => console.log('extra', code, JSON.stringify(parts)));
    });
  });
});
