// Shared helper: a fresh temporary directory and a way to print errors
// without the directory's name.
const fs = require('fs');
const os = require('os');

const dir = fs.mkdtempSync(os.tmpdir() + '/host-fs-');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function rel(s) {
  return typeof s === 'string' ? s.split(dir).join('<tmp>') : s;
}

function showError(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, rel(e.path), rel(e.dest), rel(e.message));
}

module.exports = { dir, rel, showError, p: (name) => dir + '/' + name };
