// seed 004, verbatim: the child's stdout piped to ours. Run from this folder.
const spawn = require('child_process').spawn;
const child = spawn('node', ['worker.js'])
child.stdout.pipe(process.stdout);
console.log(process.pid, child.pid);
