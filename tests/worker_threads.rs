//! worker_threads behaviour the case format cannot express: heap limits,
//! output of worker threads on the process's fds, many real threads at
//! once, unref'd workers, process.exit() with workers running.

mod support;

use std::path::PathBuf;
use std::time::Duration;

use support::{host_run, run};

fn script(name: &str, body: &str) -> PathBuf {
    support::temp_script("wt", name, body)
}

#[test]
fn heap_limit_ends_only_the_worker() {
    let p = script(
        "oom.js",
        r#"const { Worker } = require('worker_threads');
const w = new Worker('const a = []; for (;;) a.push(new Array(10000).fill({ x: 1 }));',
  { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
w.on('error', (e) => console.log('error', e.code, e.message));
w.on('exit', (c) => console.log('exit', c, 'parent alive'));
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(
        out.stdout,
        "error ERR_WORKER_OUT_OF_MEMORY Worker terminated due to reaching memory limit: JS heap out of memory\nexit 1 parent alive\n"
    );
}

#[test]
fn worker_output_reaches_stdout_and_stderr() {
    let p = script(
        "stdio.js",
        r#"const { Worker } = require('worker_threads');
const w = new Worker('console.log("out from worker"); console.error("err from worker");', { eval: true });
w.on('exit', (c) => console.log('exit', c));
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "out from worker\nexit 0\n");
    assert_eq!(out.stderr, "err from worker\n");
}

#[test]
fn many_workers_run_in_parallel() {
    let p = script(
        "many.js",
        r#"const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4 * 16);
const ia = new Int32Array(sab);
let exited = 0;
for (let i = 0; i < 16; i++) {
  // Every worker waits until all 16 have arrived: only real threads pass.
  const w = new Worker(`
    const { workerData: { sab, i } } = require('worker_threads');
    const ia = new Int32Array(sab);
    Atomics.add(ia, 0, 1);
    Atomics.notify(ia, 0);
    while (Atomics.load(ia, 0) < 16) Atomics.wait(ia, 0, Atomics.load(ia, 0), 1000);
    Atomics.store(ia, i, 1);
  `, { eval: true, workerData: { sab, i: i === 0 ? 15 : i } });
  w.on('exit', (c) => { if (c !== 0) console.log('bad exit', c); if (++exited === 16) console.log('all', Atomics.load(ia, 0)); });
}
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "all 16\n");
}

#[test]
fn unref_worker_does_not_keep_the_process() {
    let p = script(
        "unref.js",
        r#"const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
w.unref();
console.log('unref', typeof w.hasRef);
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0);
    // Node 24's Worker has ref() and unref() but no hasRef().
    assert_eq!(out.stdout, "unref undefined\n");
}

#[test]
fn process_exit_with_busy_workers() {
    let p = script(
        "exit.js",
        r#"const { Worker } = require('worker_threads');
for (let i = 0; i < 4; i++) new Worker('for (;;) {}', { eval: true });
setTimeout(() => process.exit(5), 50);
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 5);
}

#[test]
fn terminate_ends_nested_workers() {
    let p = script(
        "nested.js",
        r#"const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(4);
const ia = new Int32Array(sab);
const w = new Worker(`
  const { Worker, workerData, parentPort } = require('worker_threads');
  const inner = new Worker('const ia = new Int32Array(require("worker_threads").workerData); setInterval(() => Atomics.add(ia, 0, 1), 1);',
    { eval: true, workerData });
  inner.on('online', () => parentPort.postMessage('ready'));
`, { eval: true, workerData: sab });
w.on('message', async () => {
  await w.terminate();
  const a = Atomics.load(ia, 0);
  setTimeout(() => console.log(Atomics.load(ia, 0) - a <= 1 ? 'inner stopped' : 'inner still running'), 100);
});
"#,
    );
    let out = host_run(&p);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "inner stopped\n");
}

/// The seeds' three ways threads talk (examples/worker_*.js): shared memory,
/// parentPort, MessageChannel. Each prints the same lines under host as
/// under Node (when a Node is at hand) and exits 0. Lines from different
/// threads may interleave in any order, in Node too: they are compared
/// sorted.
#[test]
fn seed_examples_run_as_in_node() {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    for name in [
        "worker_shared_memory.js",
        "worker_parent_port.js",
        "worker_message_channel.js",
    ] {
        let path = examples.join(name);
        let ours = support::host(&path, &[]);
        assert_eq!(ours.code, 0, "{name}: {}", ours.stderr);
        assert!(!ours.stdout.is_empty(), "{name} printed nothing");
        if let Some(node) = support::node_bin() {
            let theirs = run(
                &node,
                &[path.to_str().unwrap()],
                &examples,
                None,
                Duration::from_secs(60),
            );
            let sorted = |text: &str| {
                let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
                lines.sort();
                lines.join("\n")
            };
            let (expected, actual) = (sorted(&theirs.stdout), sorted(&ours.stdout));
            assert_eq!(
                expected,
                actual,
                "{name}: {}",
                support::first_difference(&expected, &actual)
            );
        }
    }
}

/// Messages bounced between threads as fast as they come: every one
/// arrives (a lost wake-up of the receiving thread used to stall such
/// ping-pong within some thousand round trips). Four processes at once, so
/// the threads interleave in many ways.
#[test]
fn ping_pong_between_threads_never_stalls() {
    let p = script(
        "ping_pong.js",
        r#"const { Worker, MessageChannel } = require('worker_threads');
const echo = `require('worker_threads').parentPort.on('message', (m) => {
  if (m && m.port) m.port.on('message', (x) => m.port.postMessage(x));
  else require('worker_threads').parentPort.postMessage(m);
});`;
(async () => {
  const w = new Worker(echo, { eval: true });
  for (let i = 0; i < 50000; i++) {
    w.postMessage(i);
    const got = await new Promise((resolve) => w.once('message', resolve));
    if (got !== i) throw new Error(`got ${got} for ${i}`);
  }
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2 }, [port2]);
  for (let i = 0; i < 50000; i++) {
    port1.postMessage(i);
    await new Promise((resolve) => port1.once('message', resolve));
  }
  port1.close();
  await w.terminate();
  console.log('all delivered');
})();
"#,
    );
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let p = p.clone();
            std::thread::spawn(move || host_run(&p))
        })
        .collect();
    for run in runs {
        let out = run.join().unwrap();
        assert!(!out.timed_out, "stalled: {}", out.stdout);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, "all delivered\n");
    }
}
