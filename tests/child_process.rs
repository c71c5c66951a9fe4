//! child_process with real processes: daemons, fd hygiene, zombies, the
//! `node` command, and IPC with a real Node.js in both directions.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::{host_bin, node_bin, run, run_env};

/// A fresh folder for one test's scripts, removed when dropped.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("host-cp-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn host_run(dir: &Path, script: &Path, env: &[(&str, &str)]) -> support::Output {
    run_env(
        &host_bin(),
        &[script.to_str().unwrap()],
        dir,
        None,
        Duration::from_secs(60),
        env,
    )
}

/// Field `n` (1-based, after the command name) of /proc/<pid>/stat.
fn proc_stat_field(pid: i32, n: usize) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    after.split_whitespace().nth(n - 3).map(str::to_owned)
}

#[test]
fn detached_unrefed_daemon_outlives_parent() {
    let dir = scratch("daemon");
    let script = write(
        &dir,
        "daemon.js",
        "const { spawn } = require('child_process');\n\
         const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });\n\
         child.unref();\n\
         console.log(child.pid);\n",
    );
    let out = host_run(&dir, &script, &[]);
    assert!(!out.timed_out, "the parent did not exit: {out:?}");
    assert_eq!(out.code, 0, "{out:?}");
    let pid: i32 = out.stdout.trim().parse().expect("pid");
    // The daemon runs on, in its own session (session id == its pid).
    let session = proc_stat_field(pid, 6);
    let state = proc_stat_field(pid, 3);
    // SAFETY: signalling the daemon we started.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    assert_eq!(
        session.as_deref(),
        Some(pid.to_string().as_str()),
        "daemon not in its own session"
    );
    assert_ne!(state.as_deref(), Some("Z"));
}

#[test]
fn children_get_only_their_stdio_fds() {
    let dir = scratch("fds");
    let script = write(
        &dir,
        "fds.js",
        "const cp = require('child_process');\n\
         const a = cp.execFileSync('ls', ['/proc/self/fd'], { encoding: 'utf8' });\n\
         console.log(a.split('\\n').filter(Boolean).join(' '));\n\
         const b = cp.spawn('ls', ['/proc/self/fd'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });\n\
         let out = '';\n\
         b.stdout.setEncoding('utf8');\n\
         b.stdout.on('data', (d) => (out += d));\n\
         b.on('close', () => console.log(out.split('\\n').filter(Boolean).join(' ')));\n",
    );
    let out = host_run(&dir, &script, &[]);
    assert_eq!(out.code, 0, "{out:?}");
    // What `ls` sees when this test starts it: the fds this test process
    // was given itself, plus ls's own fd for the folder it lists.
    let base = run(
        Path::new("ls"),
        &["/proc/self/fd"],
        &dir,
        None,
        Duration::from_secs(60),
    );
    let set = |s: &str| {
        s.split_whitespace()
            .map(str::to_owned)
            .collect::<std::collections::BTreeSet<_>>()
    };
    let baseline = set(&base.stdout);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out:?}");
    assert_eq!(set(lines[0]), baseline, "{out:?}");
    let mut with_ipc = baseline.clone();
    with_ipc.insert("4".into());
    assert_eq!(set(lines[1]), with_ipc, "{out:?}");
}

#[test]
fn every_child_is_reaped() {
    let dir = scratch("zombies");
    let script = write(
        &dir,
        "zombies.js",
        "const cp = require('child_process');\n\
         let left = 20;\n\
         for (let i = 0; i < 20; i++) {\n\
           cp.spawn('true').on('exit', () => {\n\
             if (--left === 0) {\n\
               const z = cp.execSync('cat /proc/[0-9]*/stat 2>/dev/null | grep -c \" Z $PPID \" || true', { encoding: 'utf8' });\n\
               console.log('zombies', Number(z));\n\
             }\n\
           });\n\
         }\n",
    );
    let out = host_run(&dir, &script, &[]);
    assert_eq!(out.stdout, "zombies 0\n", "{out:?}");
}

#[test]
fn host_through_a_symlink_named_node_behaves_as_host() {
    let dir = scratch("symlink");
    let link = dir.join("node");
    std::os::unix::fs::symlink(host_bin(), &link).unwrap();
    let out = run(
        &link,
        &["-e", "console.log(process.argv0, typeof process.versions.host, process.execPath === require('fs').realpathSync(process.execPath))"],
        &dir,
        None,
        Duration::from_secs(60),
    );
    assert_eq!(
        out.stdout,
        format!("{} string true\n", link.display()),
        "{out:?}"
    );
    let bad = run(
        &link,
        &["--no-such-option-xyz"],
        &dir,
        None,
        Duration::from_secs(60),
    );
    assert_eq!(bad.code, 9, "{bad:?}");
    assert!(
        // Node names itself by argv[0] as invoked, here the symlink's path.
        bad.stderr.starts_with(&format!(
            "{}: bad option: --no-such-option-xyz",
            link.display()
        )),
        "{bad:?}"
    );
}

#[test]
fn host_node_selects_what_node_means() {
    let Some(node) = node_bin() else {
        eprintln!("no node to test with; skipped");
        return;
    };
    let dir = scratch("host_node");
    write(
        &dir,
        "shebang.js",
        "#!/usr/bin/env node\nconsole.log('shebang', typeof process.versions.host);\n",
    );
    let script = write(
        &dir,
        "which.js",
        "const cp = require('child_process');\n\
         console.log(cp.execFileSync('node', ['-p', 'typeof process.versions.host'], { encoding: 'utf8' }).trim());\n\
         console.log(cp.execSync('node -p \"typeof process.versions.host\"', { encoding: 'utf8' }).trim());\n\
         require('fs').chmodSync(__dirname + '/shebang.js', 0o755);\n\
         console.log(cp.execFileSync(__dirname + '/shebang.js', { encoding: 'utf8' }).trim());\n",
    );
    let on_host = host_run(&dir, &script, &[]);
    assert_eq!(
        on_host.stdout, "string\nstring\nshebang string\n",
        "{on_host:?}"
    );
    let on_node = host_run(&dir, &script, &[("HOST_NODE", node.to_str().unwrap())]);
    assert_eq!(
        on_node.stdout, "undefined\nundefined\nshebang undefined\n",
        "{on_node:?}"
    );
}

const PARENT: &str = "const cp = require('child_process');\n\
const child = cp.fork(__dirname + '/child.js', ['a1'], { execPath: process.env.CHILD_EXEC });\n\
const got = [];\n\
child.on('message', (m) => {\n\
  got.push(m);\n\
  if (m === 'ready') {\n\
    child.send({ payload: 'x'.repeat(200000), n: 1 });\n\
    child.send({ cmd: 'NODE_SECRET' });\n\
    child.send(['é', '\\u2028', { deep: { er: [null, true, 1.5] } }]);\n\
    child.send('bye');\n\
  }\n\
});\n\
child.on('exit', (code) => {\n\
  console.log(JSON.stringify(got.map((m) => (m && m.bigLength ? { bigLength: m.bigLength } : m))), code);\n\
});\n";

const CHILD: &str = "const got = [];\n\
process.on('message', (m) => {\n\
  if (m && m.payload) { process.send({ bigLength: m.payload.length }); return; }\n\
  got.push(m);\n\
  if (m === 'bye') process.send(got, () => process.disconnect());\n\
});\n\
process.send('ready');\n";

#[test]
fn ipc_with_real_node_both_ways() {
    let Some(node) = node_bin() else {
        eprintln!("no node to test with; skipped");
        return;
    };
    let dir = scratch("interop");
    let parent = write(&dir, "parent.js", PARENT);
    write(&dir, "child.js", CHILD);
    let want = "[\"ready\",{\"bigLength\":200000},[[\"é\",\"\u{2028}\",{\"deep\":{\"er\":[null,true,1.5]}}],\"bye\"]] 0\n";
    let host = host_bin();
    // host parent, node child
    let a = host_run(&dir, &parent, &[("CHILD_EXEC", node.to_str().unwrap())]);
    assert_eq!(a.stdout, want, "host parent / node child: {a:?}");
    // node parent, host child
    let b = run_env(
        &node,
        &[parent.to_str().unwrap()],
        &dir,
        None,
        Duration::from_secs(60),
        &[("CHILD_EXEC", host.to_str().unwrap())],
    );
    assert_eq!(b.stdout, want, "node parent / host child: {b:?}");
    // host both ends
    let c = host_run(&dir, &parent, &[("CHILD_EXEC", host.to_str().unwrap())]);
    assert_eq!(c.stdout, want, "host parent / host child: {c:?}");
}

#[test]
fn unrefed_child_with_ipc_keeps_parent_until_disconnect() {
    let dir = scratch("unref");
    write(
        &dir,
        "child.js",
        "process.on('message', () => process.disconnect());\n",
    );
    let script = write(
        &dir,
        "parent.js",
        "const cp = require('child_process');\n\
         const child = cp.fork(__dirname + '/child.js');\n\
         child.unref();\n\
         child.on('disconnect', () => console.log('disconnected'));\n\
         child.send('go');\n",
    );
    let out = host_run(&dir, &script, &[]);
    assert_eq!(out.stdout, "disconnected\n", "{out:?}");
}

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/child_process")
}

fn run_example(program: &Path, dir: &str, script: &str) -> support::Output {
    let cwd = examples_dir().join(dir);
    run(program, &[script], &cwd, None, Duration::from_secs(60))
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(str::to_owned).collect();
    v.sort();
    v
}

/// The seeds' child_process examples (examples/child_process/seed*), run
/// under host, and under Node 24 when it is on this machine.
#[test]
fn seed_examples_behave_as_on_node() {
    let host = host_bin();
    let node = node_bin();
    let mut programs = vec![host.clone()];
    programs.extend(node.clone());
    for program in &programs {
        let who = program.display();
        let out = run_example(program, "seed000", "index_logged.js");
        assert_eq!(
            out.stdout, "parent got data\nkill -> true\nclose null SIGTERM kill again -> false\n",
            "{who}: {out:?}"
        );
        let out = run_example(program, "seed000", "index.js");
        assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{who}: {out:?}");

        // The seed's typo fails as in Node.
        let out = run_example(program, "seed001", "parent.js");
        assert_eq!(out.code, 1, "{who}: {out:?}");
        assert!(
            out.stderr.contains("TypeError: cp.for is not a function"),
            "{who}: {out:?}"
        );
        assert!(
            out.stderr.contains("var n = cp.for('./sub.js')"),
            "{who}: {out:?}"
        );
        let out = run_example(program, "seed001", "parent_exits.js");
        assert_eq!(
            sorted_lines(&out.stdout),
            [
                "CHILD got message: [object Object]",
                "PARENT got message: [object Object]"
            ],
            "{who}: {out:?}"
        );
        let out = run_example(program, "seed001", "index.js");
        assert_eq!(
            out.stdout, "worker running, argv0: worker.js\n",
            "{who}: {out:?}"
        );

        let out = run_example(program, "seed002", "index.js");
        assert_eq!(out.stdout, "123\n", "{who}: {out:?}");
        let out = run_example(program, "seed002", "index_logged.js");
        assert_eq!(
            sorted_lines(&out.stdout),
            [
                "123",
                "exec: null 123",
                "execFile bare name: ENOENT",
                "execFile: null 123",
                "spawn: 123"
            ],
            "{who}: {out:?}"
        );
        let out = run_example(program, "seed002", "parent_exits.js");
        assert_eq!(
            sorted_lines(&out.stdout),
            [
                "in child,parent say:parent:Do you have enough money?",
                "in parent,child say:Yes, I do"
            ],
            "{who}: {out:?}"
        );

        let out = run_example(program, "seed004", "index.js");
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 2, "{who}: {out:?}");
        let first: Vec<&str> = lines
            .iter()
            .find(|l| !l.starts_with("worker"))
            .unwrap()
            .split(' ')
            .collect();
        let worker = lines.iter().find(|l| l.starts_with("worker")).unwrap();
        assert_eq!(
            *worker,
            format!("worker {} parent {}", first[1], first[0]),
            "{who}: {out:?}"
        );

        let out = run_example(program, "seed004", "daemon.js");
        assert_eq!(out.code, 0, "{who}: {out:?}");
        let pid: i32 = out
            .stdout
            .split_whitespace()
            .nth(2)
            .and_then(|p| p.parse().ok())
            .expect("daemon pid");
        let session = proc_stat_field(pid, 6);
        // SAFETY: stopping the daemon the example started.
        unsafe { libc::kill(pid, libc::SIGKILL) };
        assert_eq!(
            session,
            Some(pid.to_string()),
            "{who}: daemon not in its own session"
        );
    }
}
