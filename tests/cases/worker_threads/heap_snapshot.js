// worker.getHeapSnapshot(), v8.getHeapSnapshot() and v8.writeHeapSnapshot():
// DevTools heap snapshots as JSON, of the worker's heap or this one.
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');
const { Worker } = require('worker_threads');

async function collect(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString();
}

function describe(text, marker) {
  const snap = JSON.parse(text);
  return {
    meta: ['node_fields', 'edge_fields', 'node_types'].every((k) => k in snap.snapshot.meta),
    nodes: snap.nodes.length > 0,
    marker: text.includes(marker),
  };
}

(async () => {
  globalThis.mainMarker = new (class MainThreadMarker {})();
  const own = v8.getHeapSnapshot();
  console.log('v8.getHeapSnapshot:', own.constructor.name, describe(await collect(own), 'MainThreadMarker'));

  const file = path.join(os.tmpdir(), `host-heap-${process.pid}.heapsnapshot`);
  console.log('writeHeapSnapshot returns the name:', v8.writeHeapSnapshot(file) === file);
  console.log('file:', describe(fs.readFileSync(file, 'utf8'), 'MainThreadMarker'));
  fs.unlinkSync(file);

  const w = new Worker(`
    globalThis.marker = new (class WorkerMarker {})();
    require('worker_threads').parentPort.on('message', () => {});
  `, { eval: true });
  await new Promise((resolve) => w.once('online', resolve));
  const text = await collect(await w.getHeapSnapshot());
  console.log('worker snapshot:', describe(text, 'WorkerMarker'), 'main marker absent:', !text.includes('MainThreadMarker'));
  await w.terminate();
  try {
    await w.getHeapSnapshot();
  } catch (err) {
    console.log('after exit:', err.code, err.message);
  }
  try {
    w.getHeapSnapshot(1);
  } catch (err) {
    console.log('bad options:', err.code);
  }
})();
