// trackUnmanagedFds: what a worker opened with fs.open()/openSync() and
// left open is closed when it exits, unless the option is false.
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');

const file = path.join(__dirname, 'track_fds.js');
const code = `
const fs = require('fs');
const { parentPort, workerData } = require('worker_threads');
const a = fs.openSync(workerData, 'r');
const closed = fs.openSync(workerData, 'r');
fs.closeSync(closed);
fs.open(workerData, 'r', (err, b) => {
  parentPort.postMessage({ a, b });
});
`;

function isOpen(fd) {
  try {
    fs.fstatSync(fd);
    return true;
  } catch (err) {
    return err.code;
  }
}

function run(options) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, workerData: file, ...options });
    let fds;
    w.on('message', (m) => { fds = m; });
    w.on('exit', () => {
      const state = { a: isOpen(fds.a), b: isOpen(fds.b) };
      if (state.a === true) fs.closeSync(fds.a);
      if (state.b === true) fs.closeSync(fds.b);
      resolve(state);
    });
  });
}

(async () => {
  console.log('default:', await run({}));
  console.log('true:', await run({ trackUnmanagedFds: true }));
  console.log('false:', await run({ trackUnmanagedFds: false }));
})();
