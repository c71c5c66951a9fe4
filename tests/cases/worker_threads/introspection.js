// What a parent can ask of a running worker (heap statistics, CPU usage,
// its name and limits) and what a worker knows about itself.
const wt = require('worker_threads');
const { Worker } = wt;

console.log('main:', JSON.stringify(wt.threadName), wt.isInternalThread, wt.isMainThread, wt.threadId, wt.resourceLimits);

const w = new Worker(`
const wt = require('worker_threads');
wt.parentPort.postMessage({
  threadName: wt.threadName,
  isInternalThread: wt.isInternalThread,
  isMainThread: wt.isMainThread,
  limitKeys: Object.keys(wt.resourceLimits),
  oldMb: wt.resourceLimits.maxOldGenerationSizeMb,
  stackMb: wt.resourceLimits.stackSizeMb,
});
wt.parentPort.on('message', () => process.exit(0));
let spin = 0;
for (let i = 0; i < 1e6; i++) spin += i;
`, { eval: true, name: 'my-worker', resourceLimits: { maxOldGenerationSizeMb: 64 } });

console.log('threadName:', w.threadName, 'hasRef:', typeof w.hasRef);
console.log('parent view of the limits:', w.resourceLimits.maxOldGenerationSizeMb, Object.keys(w.resourceLimits));

w.on('message', async (inside) => {
  console.log('inside:', inside);
  const stats = await w.getHeapStatistics();
  console.log('heap statistics:', Object.keys(stats).length, stats.heap_size_limit > 0, typeof stats.used_heap_size);
  const first = await w.cpuUsage();
  console.log('cpuUsage:', Object.keys(first), first.user >= 0, first.system >= 0);
  const diff = await w.cpuUsage(first);
  console.log('cpuUsage(prev):', diff.user >= 0 && diff.user <= first.user + 1e7);
  try {
    w.cpuUsage(5);
  } catch (err) {
    console.log('bad prev:', err.code);
  }
  w.postMessage('bye');
});
w.on('exit', async (code) => {
  console.log('exit', code, 'threadName:', w.threadName, 'resourceLimits:', w.resourceLimits);
  await w.getHeapStatistics().catch((err) => console.log('after exit:', err.code));
  await w.cpuUsage().catch((err) => console.log('after exit:', err.code));
});
