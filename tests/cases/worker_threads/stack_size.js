// resourceLimits.stackSizeMb sets how deep a worker's JS may recurse, and a
// message too deep for the receiver's stack arrives as 'messageerror'.
const { Worker } = require('worker_threads');

const probe = `
const { parentPort } = require('worker_threads');
function depth(n) { try { return depth(n + 1); } catch { return n; } }
parentPort.postMessage(depth(0));
parentPort.on('message', () => { parentPort.postMessage('message'); process.exit(0); });
parentPort.on('messageerror', (err) => {
  parentPort.postMessage('messageerror ' + err.name + ': ' + err.message);
  process.exit(0);
});
`;

function start(stackSizeMb) {
  return new Promise((resolve) => {
    const w = new Worker(probe, { eval: true, resourceLimits: { stackSizeMb } });
    const seen = [];
    w.on('message', (m) => {
      seen.push(m);
      if (seen.length === 1) w.postMessage(nested(3000));
    });
    w.on('exit', (code) => resolve({ depth: seen[0], reply: seen[1], code, limits: w.resourceLimits }));
  });
}

function nested(levels) {
  const root = [];
  let a = root;
  for (let i = 0; i < levels; i++) { const b = []; a.push(b); a = b; }
  return root;
}

(async () => {
  const small = await start(0.5);
  const large = await start(8);
  console.log('deeper with a larger stack:', large.depth > small.depth * 4);
  console.log('small stack:', small.reply, small.code);
  console.log('large stack:', large.reply, large.code);
  console.log('resourceLimits after exit:', small.limits);
})();
