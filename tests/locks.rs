//! Web Locks across threads where Node 24.21 cannot be the reference: it
//! aborts the process when a thread steals a lock another thread holds, and
//! it leaves a thread waiting for a lock whose holder was terminated until
//! that thread makes another request. Both work here. Plus many threads
//! contending for one lock.

mod support;

use std::path::PathBuf;

use support::host_run;

fn script(name: &str, body: &str) -> PathBuf {
    support::temp_script("locks", name, body)
}

#[test]
fn steal_from_another_thread() {
    let p = script(
        "steal.js",
        r#"const { Worker } = require('worker_threads');
const locks = navigator.locks;
const worker = new Worker(`
const locks = navigator.locks;
const { parentPort } = require('worker_threads');
const keepAlive = setInterval(() => {}, 1000);
let finish;
locks.request('s', () => {
  parentPort.postMessage('worker holds');
  return new Promise((resolve) => { finish = resolve; });
}).then(
  (v) => parentPort.postMessage('worker resolved ' + v),
  (e) => {
    parentPort.postMessage('worker rejected ' + e.name + ' ' + e.message + ' ' + (e instanceof DOMException));
    finish('late');
    clearInterval(keepAlive);
  },
);
`, { eval: true });
const messages = [];
worker.on('message', (m) => messages.push(m));
worker.once('message', async () => {
  console.log(await locks.request('s', { steal: true }, (lock) => 'main stole ' + lock.name));
  worker.on('exit', async (code) => {
    console.log(messages.join('|'), code);
    console.log(await locks.request('s', { ifAvailable: true }, (lock) => lock !== null));
  });
});
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(
        out.stdout,
        "main stole s\nworker holds|worker rejected AbortError The operation was aborted true 0\ntrue\n"
    );
}

#[test]
fn waiter_gets_the_lock_of_a_terminated_worker() {
    let p = script(
        "wake.js",
        r#"const { Worker } = require('worker_threads');
const worker = new Worker(`
const { parentPort } = require('worker_threads');
setInterval(() => {}, 1000);
navigator.locks.request('x', () => { parentPort.postMessage('held'); return new Promise(() => {}); });
`, { eval: true });
worker.once('message', () => {
  const waiting = navigator.locks.request('x', (lock) => 'main got ' + lock.name);
  worker.terminate().then(async (code) => {
    console.log('terminated', code);
    console.log(await waiting);
  });
});
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "terminated 1\nmain got x\n");
}

#[test]
fn many_threads_take_turns() {
    let p = script(
        "stress.js",
        r#"const { Worker } = require('worker_threads');
const N = 6, ITER = 100;
const st = new Int32Array(new SharedArrayBuffer(8));
const body = `
  for (let i = 0; i < ${ITER}; i++) {
    await navigator.locks.request('c', async () => {
      if (Atomics.add(st, 0, 1) !== 0) throw new Error('two holders');
      const v = st[1]; await null; st[1] = v + 1;
      Atomics.sub(st, 0, 1);
    });
  }`;
const src = `
const st = new Int32Array(require('worker_threads').workerData);
const keep = setInterval(() => {}, 1000);
(async () => {${body}
  clearInterval(keep);
})();`;
let done = 0;
const finish = () => { if (++done === N + 1) console.log('count', st[1], (N + 1) * ITER); };
for (let i = 0; i < N; i++) {
  new Worker(src, { eval: true, workerData: st.buffer })
    .on('exit', finish)
    .on('error', (e) => console.log('error', e.message));
}
new Function('st', 'finish', `return (async () => {${body}
  finish();
})();`)(st, finish);
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "count 700 700\n");
}
