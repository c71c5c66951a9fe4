//! IPC between host and real Node both ways, json and advanced
//! serialization, with server and socket handles (tests/fixtures/ipc).
//! Node-dependent tests pass trivially when no node is installed.

mod support;

use std::io::Write;
use std::os::fd::AsRawFd;
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

/// Start host on `script` with our end of a socketpair as its IPC channel
/// (fd 3), so the test can speak raw bytes and descriptors to it.
fn spawn_on_raw_channel(script: &str) -> (std::process::Child, std::os::unix::net::UnixStream) {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    let child_fd = theirs.as_raw_fd();
    let mut cmd = std::process::Command::new(support::host_bin());
    cmd.arg(fixture(script))
        .env("NODE_CHANNEL_FD", "3")
        .stdout(std::process::Stdio::piped());
    // SAFETY: only dup2/fcntl between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if child_fd == 3 {
                libc::fcntl(3, libc::F_SETFD, 0);
            } else if libc::dup2(child_fd, 3) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().unwrap();
    drop(theirs);
    (child, ours)
}

/// sendmsg(2) of `data` with `fd` attached as SCM_RIGHTS.
fn send_with_fd(sock: i32, data: &[u8], fd: i32) {
    // SAFETY: a msghdr over live buffers; the control message is built with
    // the CMSG_* accessors in a buffer of CMSG_SPACE(sizeof(int)) bytes.
    unsafe {
        let mut iov = libc::iovec {
            iov_base: data.as_ptr() as *mut libc::c_void,
            iov_len: data.len(),
        };
        let space = libc::CMSG_SPACE(std::mem::size_of::<i32>() as u32) as usize;
        let mut control = vec![0u64; space.div_ceil(8)];
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<i32>() as u32) as _;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg) as *mut i32, fd);
        assert_eq!(libc::sendmsg(sock, &msg, 0), data.len() as isize);
    }
}

#[test]
fn a_descriptor_without_a_handle_message_is_reported_and_closed() {
    let (child, ours) = spawn_on_raw_channel("orphan_fd_child.js");
    let passenger = std::fs::File::open("/dev/null").unwrap();
    send_with_fd(ours.as_raw_fd(), b"{\"plain\":1}\n", passenger.as_raw_fd());
    std::thread::sleep(Duration::from_millis(100));
    (&ours).write_all(b"{\"last\":true}\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "message {\"plain\":1}\nerror ERR_IPC_MALFORMED_MESSAGE\nmessage {\"last\":true}\n"
    );
}

#[test]
fn nacked_handles_are_sent_again_three_times_then_given_up() {
    use std::io::{BufRead, BufReader};
    let (child, ours) = spawn_on_raw_channel("nack_child.js");
    ours.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut handles = 0;
    for line in BufReader::new(ours.try_clone().unwrap()).lines() {
        let Ok(line) = line else { break };
        if line.contains("\"NODE_HANDLE\"") {
            handles += 1;
            (&ours)
                .write_all(b"{\"cmd\":\"NODE_HANDLE_NACK\"}\n")
                .unwrap();
            if handles == 4 {
                break;
            }
        }
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(handles, 4, "original send + 3 retransmissions");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "warning SentHandleNotReceivedWarning Handle did not reach the receiving process correctly\n"
    );
}

#[test]
fn a_message_cut_short_at_the_end_is_reported() {
    for mode in ["json", "advanced"] {
        let parent = fixture("truncated_parent.js");
        let out = support::run_env(
            &support::host_bin(),
            &[parent.to_str().unwrap()],
            &support::tests_dir(),
            None,
            Duration::from_secs(30),
            &[("MODE", mode)],
        );
        assert_eq!(
            out.stdout, "message {\"good\":true}\nerror ERR_IPC_MALFORMED_MESSAGE\nexit 0\n",
            "{mode}: {out:?}"
        );
    }
}
