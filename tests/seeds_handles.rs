//! The seeds' handle-passing examples (examples/child_process/seed002
//! cluster_*.js and seed003), run as Node runs them: the verbatim scripts
//! fail in the children exactly as in Node while the parents keep serving,
//! and the fixed versions answer from the children.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn example_dir(seed: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/child_process")
        .join(seed)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(program: &Path, seed: &str, script: &str, port: u16) -> Child {
    use std::os::unix::process::CommandExt;
    Command::new(program)
        .arg(script)
        // Its own process group: stop() ends the children it forked too.
        .process_group(0)
        .current_dir(example_dir(seed))
        .env("PORT", port.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Read one response, retrying while the server is not up yet.
fn request(port: u16, payload: &[u8]) -> Option<String> {
    request_with_timeout(port, payload, Duration::from_secs(5))
}

fn request_with_timeout(port: u16, payload: &[u8], timeout: Duration) -> Option<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        match TcpStream::connect(("127.0.0.1", port)) {
            Ok(mut s) => {
                s.set_read_timeout(Some(timeout)).unwrap();
                let _ = s.write_all(payload);
                let mut out = String::new();
                let _ = s.read_to_string(&mut out);
                return Some(out);
            }
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            Err(_) => return None,
        }
    }
}

fn stop(mut child: Child) -> String {
    // SAFETY: signalling the process group of our own child.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
    let _ = child.wait();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    err
}

fn programs() -> Vec<PathBuf> {
    let mut p = vec![support::host_bin()];
    p.extend(support::node_bin());
    p
}

#[test]
fn seed002_server_handed_to_children() {
    for program in programs() {
        // Fixed children: answers come from the parent and the children.
        let port = free_port();
        let child = start(&program, "seed002", "cluster_parent_fixed.js", port);
        let mut seen = std::collections::BTreeSet::new();
        // Which process accepts is up to the kernel: ask until both did.
        for _ in 0..300 {
            std::thread::sleep(Duration::from_millis(10));
            if let Some(r) = request(port, b"") {
                seen.insert(if r.starts_with("handle by child") {
                    "child"
                } else {
                    r.clone().leak() as &str
                });
            }
            if seen.len() >= 2 {
                break;
            }
        }
        stop(child);
        assert!(
            seen.contains("handle by parent") && seen.contains("child"),
            "{}: {seen:?}",
            program.display()
        );

        // Verbatim children: the first connection a child accepts throws there.
        let port = free_port();
        let child = start(&program, "seed002", "cluster_parent.js", port);
        let mut parent_answered = false;
        for _ in 0..200 {
            std::thread::sleep(Duration::from_millis(10));
            if request(port, b"").as_deref() == Some("handle by parent") {
                parent_answered = true;
            }
        }
        let stderr = stop(child);
        assert!(parent_answered, "{}", program.display());
        assert!(
            stderr
                .contains("The \"listener\" argument must be of type function. Received undefined"),
            "{}: {stderr}",
            program.display()
        );
    }
}

#[test]
fn seed003_master_and_child() {
    for program in programs() {
        let port = free_port();
        let mut child = start(&program, "seed003", "master.js", port);
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut text = String::new();
        for _ in 0..8 {
            let mut line = String::new();
            if err.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            text.push_str(&line);
        }
        assert!(
            text.contains("ReferenceError: ttp is not defined"),
            "{}: {text}",
            program.display()
        );
        // The master still listens after its child died.
        assert!(
            TcpStream::connect(("127.0.0.1", port)).is_ok(),
            "{}",
            program.display()
        );
        stop(child);

        // The master accepts on the same socket without answering (as in
        // Node), so ask until the child is the one that accepts.
        let port = free_port();
        let child = start(&program, "seed003", "master_fixed.js", port);
        let served = (0..20).any(|_| {
            request_with_timeout(port, b"GET / HTTP/1.0\r\n\r\n", Duration::from_millis(500))
                .is_some_and(|r| r.contains("served by child"))
        });
        stop(child);
        assert!(served, "{}", program.display());
    }
}
