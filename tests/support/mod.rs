//! Shared helpers for the integration tests: run the built `host` binary (or
//! node) on a script and compare what it printed with what Node prints.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The `host` binary cargo built for these tests.
pub fn host_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_host"))
}

/// The tests/ folder.
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// What a finished process printed and how it ended.
#[derive(Debug, Clone)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// Exit code, or 128 + signal like a shell reports it.
    pub code: i32,
    pub timed_out: bool,
}

/// Run `program args` in `cwd` with `stdin` fed, killing it after `timeout`.
pub fn run(
    program: &Path,
    args: &[&str],
    cwd: &Path,
    stdin: Option<&str>,
    timeout: Duration,
) -> Output {
    run_env(program, args, cwd, stdin, timeout, &[])
}

/// [`run`] with extra environment variables.
pub fn run_env(
    program: &Path,
    args: &[&str],
    cwd: &Path,
    stdin: Option<&str>,
    timeout: Duration,
    env: &[(&str, &str)],
) -> Output {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("spawn {}: {e}", program.display()));
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        let input = input.to_string();
        std::thread::spawn(move || {
            let _ = pipe.write_all(input.as_bytes());
        });
    }
    let stdout = child.stdout.take().expect("stdout");
    let stderr = child.stderr.take().expect("stderr");
    let out_thread = std::thread::spawn(move || read_all(stdout));
    let err_thread = std::thread::spawn(move || read_all(stderr));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    use std::os::unix::process::ExitStatusExt;
    let code = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    Output {
        stdout: out_thread.join().unwrap_or_default(),
        stderr: err_thread.join().unwrap_or_default(),
        code,
        timed_out,
    }
}

fn read_all(mut r: impl std::io::Read) -> String {
    let mut buf = Vec::new();
    let _ = r.read_to_end(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Run `host <script> args` in the script's folder.
pub fn host(script: &Path, args: &[&str]) -> Output {
    let mut all = vec![script.to_str().expect("utf-8 path")];
    all.extend_from_slice(args);
    run(
        &host_bin(),
        &all,
        script.parent().expect("dir"),
        None,
        Duration::from_secs(60),
    )
}

/// Write `body` to `<tmp>/host-<group>-<pid>/<name>` and return its path.
pub fn temp_script(group: &str, name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("host-{group}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

/// Run `host <script>` with no arguments in the script's folder.
pub fn host_run(path: &Path) -> Output {
    host(path, &[])
}

/// A real Node.js to compare with, if the machine has one: `HOST_TEST_NODE`,
/// else the Node 24 under ~/.cache/node24, else none.
pub fn node_bin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HOST_TEST_NODE") {
        return Some(PathBuf::from(p));
    }
    let home = std::env::var_os("HOME")?;
    let p = PathBuf::from(home).join(".cache/node24/node_modules/node/bin/node");
    p.is_file().then_some(p)
}

/// Show the first difference between two texts.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        if e.get(i) != a.get(i) {
            return format!(
                "line {}:\n  expected: {:?}\n  actual:   {:?}",
                i + 1,
                e.get(i).unwrap_or(&"<none>"),
                a.get(i).unwrap_or(&"<none>")
            );
        }
    }
    if expected != actual {
        return "trailing newline differs".to_string();
    }
    String::new()
}
