//! cluster over real HTTP: workers share one port, connections are spread
//! over them, a killed worker is replaced without failing requests, in
//! round-robin and shared-handle scheduling, and with real Node on either
//! side when it is installed.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Cluster {
    child: Child,
    lines: Receiver<String>,
    log: Vec<String>,
}

impl Cluster {
    fn start(bin: &Path, port: u16, workers: usize, env: &[(&str, &str)]) -> Cluster {
        let script =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/cluster_http_restart.js");
        let mut cmd = Command::new(bin);
        cmd.arg(&script)
            .env("PORT", port.to_string())
            .env("WORKERS", workers.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Cluster {
            child,
            lines,
            log: Vec::new(),
        }
    }

    /// Wait for `count` lines containing `needle` (after those seen so far).
    fn wait_for(&mut self, needle: &str, count: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = 0;
        while seen < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    if line.contains(needle) {
                        seen += 1;
                    }
                    self.log.push(line);
                }
                Err(_) => panic!(
                    "waited for {count} x {needle:?}; output so far:\n{}",
                    self.log.join("\n")
                ),
            }
        }
    }

    fn stop(mut self) {
        // SAFETY: signalling our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// One HTTP/1.0 GET; returns the body (the serving worker's pid).
fn get(port: u16) -> Result<String, String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n")
        .map_err(|e| e.to_string())?;
    let mut resp = String::new();
    s.read_to_string(&mut resp).map_err(|e| e.to_string())?;
    if !resp.starts_with("HTTP/1.1 200 OK") {
        return Err(format!("bad response: {resp:?}"));
    }
    Ok(resp
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or("")
        .trim()
        .to_string())
}

fn pids_of(port: u16, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| get(port).unwrap_or_else(|e| panic!("request {i} failed: {e}")))
        .collect()
}

fn restart_scenario(primary: &Path, env: &[(&str, &str)], expect_spread: bool) {
    let port = free_port();
    let mut cluster = Cluster::start(primary, port, 2, env);
    cluster.wait_for("listening on", 2);
    let before = pids_of(port, 40);
    let distinct: std::collections::BTreeSet<_> = before.iter().collect();
    if expect_spread {
        assert!(
            distinct.len() >= 2,
            "round-robin should use both workers: {distinct:?}"
        );
    }
    let victim: i32 = before[0].parse().unwrap();
    // SAFETY: killing one worker of our own cluster.
    unsafe { libc::kill(victim, libc::SIGKILL) };
    cluster.wait_for(
        &format!("worker {victim} exited with code: null and signal: SIGKILL"),
        1,
    );
    cluster.wait_for("listening on", 1);
    let after = pids_of(port, 40);
    assert!(
        !after.contains(&victim.to_string()),
        "the killed worker still answered"
    );
    cluster.stop();
}

#[test]
fn round_robin_spreads_and_survives_a_killed_worker() {
    restart_scenario(&support::host_bin(), &[], true);
}

#[test]
fn shared_handle_scheduling_serves_and_survives_a_killed_worker() {
    restart_scenario(
        &support::host_bin(),
        &[("NODE_CLUSTER_SCHED_POLICY", "none")],
        false,
    );
}

#[test]
fn host_primary_runs_node_workers() {
    let Some(node) = support::node_bin() else {
        return;
    };
    let node = node.to_string_lossy().into_owned();
    restart_scenario(&support::host_bin(), &[("WORKER_EXEC_PATH", &node)], true);
}

#[test]
fn node_primary_runs_host_workers() {
    let Some(node) = support::node_bin() else {
        return;
    };
    let host = support::host_bin().to_string_lossy().into_owned();
    restart_scenario(&node, &[("WORKER_EXEC_PATH", &host)], true);
}

#[test]
fn workers_exit_when_the_primary_dies() {
    let port = free_port();
    let mut cluster = Cluster::start(&support::host_bin(), port, 2, &[]);
    cluster.wait_for("listening on", 2);
    let pids: Vec<i32> = cluster
        .log
        .iter()
        .filter_map(|l| {
            l.strip_prefix("worker ")
                .and_then(|r| r.split(' ').next())
                .and_then(|p| p.parse().ok())
        })
        .collect();
    assert!(pids.len() >= 2, "{:?}", cluster.log);
    // SAFETY: killing our own child, then probing its workers with signal 0.
    unsafe { libc::kill(cluster.child.id() as i32, libc::SIGKILL) };
    let _ = cluster.child.wait();
    let deadline = Instant::now() + Duration::from_secs(15);
    for pid in pids {
        while unsafe { libc::kill(pid, 0) } == 0 {
            assert!(
                Instant::now() < deadline,
                "worker {pid} outlived its primary"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
