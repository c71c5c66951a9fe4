// seed 002's index.js with every result printed (execFile gets './work.js',
// which the seed means: a bare 'work.js' is searched in PATH and fails).
let cp = require('child_process');
cp.spawn('node', ['work.js']).stdout.on('data', (d) => console.log('spawn:', String(d).trim()));
cp.exec('node work.js', (err, stdout) => console.log('exec:', err, stdout.trim()));
cp.execFile('./work.js', (err, stdout) => console.log('execFile:', err, stdout.trim()));
cp.execFile('work.js', (err) => console.log('execFile bare name:', err.code));
cp.fork('./work.js');
