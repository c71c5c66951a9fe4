// .mjs and data: URL workers, URL objects, env option, SHARE_ENV,
// environmentData, argv, the process 'worker' event.
import { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData } from 'node:worker_threads';
setEnvironmentData('k', { v: 1 });
process.on('worker', (w) => console.log('worker event', typeof w.threadId));
const run = (file, opts) => new Promise((resolve) => {
  const w = new Worker(file, opts);
  w.on('message', (m) => console.log(JSON.stringify(m)));
  w.on('error', (e) => console.log('error', e.message));
  w.on('exit', resolve);
});
process.env.HOST_WT_X = 'parent';
await run(new URL('./fixtures/esm_child.mjs', import.meta.url), { argv: ['a', 1], workerData: 'esm' });
await run(new URL('data:text/javascript,import { parentPort } from "node:worker_threads"; parentPort.postMessage("from data url");'));
await run('./fixtures/env_child.js', { env: { ONLY: 'this' } });
await run('./fixtures/env_child.js', { env: SHARE_ENV });
console.log('shared env after', process.env.HOST_WT_SET);
await run('./fixtures/env_child.js');
console.log(getEnvironmentData('k'));
