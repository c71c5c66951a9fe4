//! IPC between host and real Node both ways, json and advanced
//! serialization, with server and socket handles (tests/fixtures/ipc).
//! Node-dependent tests pass trivially when no node is installed.

mod support;

use std::path::PathBuf;
use std::time::Duration;

fn fixture(name: &str) -> PathBuf {
    support::tests_dir().join("fixtures/ipc").join(name)
}

fn run_parent(parent_bin: &std::path::Path, child_bin: &std::path::Path, mode: &str) {
    let parent = fixture("parent.js");
    let out = support::run_env(
        parent_bin,
        &[parent.to_str().unwrap()],
        &support::tests_dir(),
        None,
        Duration::from_secs(60),
        &[("MODE", mode), ("CHILD_EXEC", child_bin.to_str().unwrap())],
    );
    assert!(
        out.code == 0
            && out.stdout.contains("socket handle ok")
            && out.stdout.contains("child exit 0"),
        "{} -> {} ({mode}) failed: code {}\nstdout:\n{}\nstderr:\n{}",
        parent_bin.display(),
        child_bin.display(),
        out.code,
        out.stdout,
        out.stderr
    );
}

#[test]
fn host_to_host_json() {
    run_parent(&support::host_bin(), &support::host_bin(), "json");
}

#[test]
fn host_to_host_advanced() {
    run_parent(&support::host_bin(), &support::host_bin(), "advanced");
}

#[test]
fn host_parent_node_child() {
    let Some(node) = support::node_bin() else {
        return;
    };
    run_parent(&support::host_bin(), &node, "json");
    run_parent(&support::host_bin(), &node, "advanced");
}

#[test]
fn node_parent_host_child() {
    let Some(node) = support::node_bin() else {
        return;
    };
    run_parent(&node, &support::host_bin(), "json");
    run_parent(&node, &support::host_bin(), "advanced");
}

#[test]
fn malformed_frames_are_reported_and_good_messages_still_arrive() {
    for mode in ["json", "advanced"] {
        let parent = fixture("garbage_parent.js");
        let out = support::run_env(
            &support::host_bin(),
            &[parent.to_str().unwrap()],
            &support::tests_dir(),
            None,
            Duration::from_secs(30),
            &[("MODE", mode)],
        );
        assert_eq!(
            out.stdout,
            "error ERR_IPC_MALFORMED_MESSAGE\nmessage {\"after\":\"garbage\"}\nexit 0\n",
            "{mode}: {out:?}"
        );
        assert_eq!(out.code, 0, "{mode}: {out:?}");
    }
}
