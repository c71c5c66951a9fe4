//! Signals: listeners replace the default action; without one the process
//! dies by the signal (exit status 128 + n in a shell).

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn spawn_script(source: &str) -> (std::process::Child, tempdir::Dir) {
    let dir = tempdir::Dir::new();
    let script = dir.path.join("s.js");
    std::fs::write(&script, source).unwrap();
    let child = Command::new(support::host_bin())
        .arg(&script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    (child, dir)
}

mod tempdir {
    pub struct Dir {
        pub path: std::path::PathBuf,
    }
    impl Dir {
        pub fn new() -> Self {
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let path =
                std::env::temp_dir().join(format!("host-signals-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&path).unwrap();
            Dir { path }
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// Wait for the script's "ready" line, then send `sig`.
fn signal_when_ready(
    child: &mut std::process::Child,
    sig: i32,
) -> BufReader<std::process::ChildStdout> {
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "ready");
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(child.id() as i32, sig) };
    out
}

#[test]
fn listener_replaces_default_action() {
    let (mut child, _dir) = spawn_script(
        "process.on('SIGTERM', (name, num) => { console.log('got', name, num); process.exit(0); });\n\
         setInterval(() => {}, 1000);\nconsole.log('ready');\n",
    );
    let mut out = signal_when_ready(&mut child, libc::SIGTERM);
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "got SIGTERM 15");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn without_listener_the_signal_kills() {
    use std::os::unix::process::ExitStatusExt;
    let (mut child, _dir) = spawn_script("setInterval(() => {}, 1000);\nconsole.log('ready');\n");
    let _out = signal_when_ready(&mut child, libc::SIGINT);
    assert_eq!(child.wait().unwrap().signal(), Some(libc::SIGINT));
}

#[test]
fn removed_listener_restores_default_action() {
    use std::os::unix::process::ExitStatusExt;
    let (mut child, _dir) = spawn_script(
        "const f = () => console.log('handled');\nprocess.on('SIGUSR1', f);\nprocess.off('SIGUSR1', f);\n\
         setInterval(() => {}, 1000);\nconsole.log('ready');\n",
    );
    let _out = signal_when_ready(&mut child, libc::SIGUSR1);
    assert_eq!(child.wait().unwrap().signal(), Some(libc::SIGUSR1));
}

#[test]
fn signal_listener_does_not_keep_the_process_alive() {
    let (child, _dir) = spawn_script("process.on('SIGINT', () => {});\nconsole.log('done');\n");
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    assert_eq!(out.status.code(), Some(0));
}
