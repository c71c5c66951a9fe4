//! Standard streams through real pipes: large output into a slow reader,
//! stdin end-of-file, stdin that is open but unread or paused (the process
//! must still exit), readline at EOF, and EPIPE when the reader goes away.

mod support;

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::host_bin;

fn spawn_eval(code: &str) -> Child {
    Command::new(host_bin())
        .args(["-e", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn host")
}

/// Wait for the child, killing it (and failing) if it hangs for a minute.
fn wait_or_kill(child: &mut Child, what: &str) -> i32 {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code().unwrap_or(-1);
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: host did not exit");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn read_stderr(child: &mut Child) -> String {
    let mut s = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut s);
    }
    s
}

#[test]
fn ten_mib_through_a_slow_pipe() {
    // 10 MiB in 1 KiB lines via process.stdout.write, then console.log.
    let code = r#"
        const line = 'x'.repeat(1023) + '\n';
        let ok = 0;
        for (let i = 0; i < 10240; i++) if (process.stdout.write(line)) ok++;
        console.log('END ' + ok);
    "#;
    let mut child = spawn_eval(code);
    let mut out = child.stdout.take().expect("stdout");
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    // Read the first MiB slowly so the writer blocks on a full pipe.
    let mut reads = 0usize;
    loop {
        let n = out.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        data.extend_from_slice(&buf[..n]);
        reads += 1;
        if data.len() < (1 << 20) && reads.is_multiple_of(16) {
            std::thread::sleep(Duration::from_millis(2));
        }
    }
    let status = wait_or_kill(&mut child, "large output");
    let stderr = read_stderr(&mut child);
    assert_eq!(status, 0, "stderr: {stderr}");
    let expected_len = 10 * 1024 * 1024 + "END 10240\n".len();
    assert_eq!(data.len(), expected_len, "stderr: {stderr}");
    assert!(data[..10 * 1024 * 1024]
        .chunks(1024)
        .all(|c| c[..1023].iter().all(|&b| b == b'x') && c[1023] == b'\n'));
    assert!(data.ends_with(b"END 10240\n"));
}

#[test]
fn stdin_end_of_file_ends_the_stream() {
    let code = r#"
        let n = 0, chunks = 0;
        process.stdin.on('data', (d) => { n += d.length; chunks++; });
        process.stdin.on('end', () => console.log('end', n));
        process.stdin.on('close', () => console.log('close'));
        process.on('exit', (c) => console.log('exit', c));
    "#;
    let mut child = spawn_eval(code);
    let mut stdin = child.stdin.take().expect("stdin");
    let payload = vec![b'a'; 300_000];
    let writer = std::thread::spawn(move || {
        stdin.write_all(&payload).expect("write stdin");
        // dropping closes the pipe: EOF
    });
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    writer.join().expect("writer");
    let status = wait_or_kill(&mut child, "stdin eof");
    assert_eq!(status, 0, "stderr: {}", read_stderr(&mut child));
    assert_eq!(out, "end 300000\nclose\nexit 0\n");
}

#[test]
fn unread_stdin_does_not_keep_the_process_alive() {
    // The pipe stays open (we hold the write end) and nobody reads it.
    let mut child = spawn_eval("process.stdin; setTimeout(() => console.log('timer'), 5);");
    let _keep_open = child.stdin.take();
    let status = wait_or_kill(&mut child, "unread stdin");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    assert_eq!(status, 0);
    assert_eq!(out, "timer\n");
}

#[test]
fn paused_stdin_lets_the_process_exit() {
    let code = r#"
        process.stdin.once('data', (d) => {
            console.log('got', JSON.stringify(d.toString()));
            process.stdin.pause();
        });
        process.on('exit', () => console.log('exit'));
    "#;
    let mut child = spawn_eval(code);
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"first\n").expect("write");
    stdin.flush().expect("flush");
    // Keep the pipe open while the process decides to exit.
    let status = wait_or_kill(&mut child, "paused stdin");
    drop(stdin);
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    assert_eq!(status, 0, "stderr: {}", read_stderr(&mut child));
    assert_eq!(out, "got \"first\\n\"\nexit\n");
}

#[test]
fn readline_reads_until_eof_and_exits() {
    let code = r#"
        const rl = require('readline').createInterface({ input: process.stdin });
        let sum = 0, lines = 0;
        rl.on('line', (l) => { lines++; sum += Number(l); });
        rl.on('close', () => console.log(lines, sum));
    "#;
    let mut child = spawn_eval(code);
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for i in 1..=20000 {
            writeln!(stdin, "{i}").expect("write");
        }
    });
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    writer.join().expect("writer");
    let status = wait_or_kill(&mut child, "readline");
    assert_eq!(status, 0, "stderr: {}", read_stderr(&mut child));
    assert_eq!(out, "20000 200010000\n");
}

#[test]
fn epipe_is_an_error_event_on_stdout() {
    // With a listener: the error is reported (once per failed write burst)
    // and the process carries on.
    let code = r#"
        let errors = 0, first;
        process.stdout.on('error', (e) => { errors++; first = first || e; });
        let i = 0;
        function burst() {
            for (let k = 0; k < 2000; k++) process.stdout.write('line ' + (i++) + '\n');
            if (i < 200000) setImmediate(burst);
            else process.stderr.write('done ' + (errors > 0) + ' ' + first.code + ' ' + first.syscall + ' ' + first.message + '\n');
        }
        burst();
    "#;
    let mut child = spawn_eval(code);
    {
        let mut out = child.stdout.take().expect("stdout");
        let mut buf = [0u8; 16];
        let _ = out.read(&mut buf);
        // reader goes away
    }
    let status = wait_or_kill(&mut child, "epipe with listener");
    let stderr = read_stderr(&mut child);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert!(
        stderr.contains("done true EPIPE write write EPIPE"),
        "stderr: {stderr}"
    );

    // Without a listener it is an uncaught 'error' event (exit 1), as in Node.
    let mut child =
        spawn_eval("for (let i = 0; i < 200000; i++) process.stdout.write('line ' + i + '\\n');");
    {
        let mut out = child.stdout.take().expect("stdout");
        let mut buf = [0u8; 16];
        let _ = out.read(&mut buf);
    }
    let status = wait_or_kill(&mut child, "epipe without listener");
    let stderr = read_stderr(&mut child);
    assert_eq!(status, 1, "stderr: {stderr}");
    assert!(stderr.contains("Error: write EPIPE"), "stderr: {stderr}");
}

#[test]
fn end_on_a_stdout_pipe_makes_later_writes_fail_with_epipe() {
    let code = r#"
        process.stdout.on('error', (e) => process.stderr.write('error ' + e.code + '\n'));
        process.stdout.on('finish', () => process.stderr.write('finish\n'));
        process.stdout.end('last\n', () => {
            process.stderr.write('end cb\n');
            process.stdout.write('more\n', (e) => process.stderr.write('write cb ' + (e && e.code) + '\n'));
        });
        setTimeout(() => {
            process.stdout.write('later\n', (e) => process.stderr.write('later cb ' + (e && e.code) + '\n'));
        }, 10);
    "#;
    let mut child = spawn_eval(code);
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    let status = wait_or_kill(&mut child, "stdout end");
    let stderr = read_stderr(&mut child);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert_eq!(out, "last\n");
    assert_eq!(
        stderr,
        "end cb\nfinish\nwrite cb ERR_STREAM_WRITE_AFTER_END\nerror ERR_STREAM_WRITE_AFTER_END\n\
         later cb EPIPE\nerror EPIPE\n"
    );
}

/// A pseudo-terminal pair with the given size: (master, slave).
fn open_pty(cols: u16, rows: u16) -> (std::fs::File, std::fs::File) {
    use std::os::fd::FromRawFd;
    let mut master = 0;
    let mut slave = 0;
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: valid out-pointers; null name and termios are allowed.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &ws,
        )
    };
    assert_eq!(rc, 0, "openpty failed");
    // SAFETY: openpty returned two fresh fds we now own.
    unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::fs::File::from_raw_fd(slave),
        )
    }
}

/// Collects what the terminal shows, line by line, from a reader thread.
struct PtyReader {
    rx: std::sync::mpsc::Receiver<Vec<u8>>,
    text: String,
}

impl PtyReader {
    fn new(mut master: std::fs::File) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = master.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        PtyReader {
            rx,
            text: String::new(),
        }
    }

    /// Wait until the output contains `needle` (fails after a minute).
    fn wait_for(&mut self, needle: &str) {
        while !self.text.contains(needle) {
            match self.rx.recv_timeout(Duration::from_secs(60)) {
                Ok(chunk) => self.text.push_str(&String::from_utf8_lossy(&chunk)),
                Err(_) => panic!("terminal never showed {needle:?}; got {:?}", self.text),
            }
        }
    }
}

fn spawn_on_pty(code: &str, slave: &std::fs::File) -> Child {
    Command::new(host_bin())
        .args(["-e", code])
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        // CI=... makes getColorDepth() report 2 colours, as in Node.
        .env_remove("CI")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone().expect("dup")))
        .stdout(Stdio::from(slave.try_clone().expect("dup")))
        .stderr(Stdio::from(slave.try_clone().expect("dup")))
        .spawn()
        .expect("spawn host")
}

#[test]
fn terminal_streams_are_ttys() {
    let (master, slave) = open_pty(100, 40);
    let code = r#"
        const tty = require('tty');
        const out = process.stdout, inp = process.stdin;
        const say = (...a) => console.log(a.join(' '));
        say('A', out.isTTY, out.columns, out.rows, out._type, out instanceof tty.WriteStream,
            inp.isTTY, inp instanceof tty.ReadStream, tty.isatty(0), tty.isatty(1), out.getWindowSize().join('x'),
            out.getColorDepth(), out.hasColors(256));
        inp.setRawMode(true);
        say('B', inp.isRaw);
        inp.setRawMode(false);
        say('C', inp.isRaw);
    "#;
    let mut child = spawn_on_pty(code, &slave);
    drop(slave);
    let mut reader = PtyReader::new(master);
    reader.wait_for("C false");
    let status = wait_or_kill(&mut child, "tty props");
    assert_eq!(status, 0, "output: {}", reader.text);
    assert!(
        reader
            .text
            .contains("A true 100 40 tty true true true true true 100x40 8 true"),
        "output: {}",
        reader.text
    );
    // Raw mode keeps output processing (newline still starts a new line).
    assert!(
        reader.text.contains("B true\r\n"),
        "output: {:?}",
        reader.text
    );
}

#[test]
fn raw_mode_is_undone_when_the_process_exits() {
    use std::os::fd::AsRawFd;
    let (master, slave) = open_pty(80, 24);
    let code = "process.stdin.setRawMode(true); console.log('raw ' + process.stdin.isRaw);";
    let mut child = spawn_on_pty(code, &slave);
    let mut reader = PtyReader::new(master);
    reader.wait_for("raw true");
    let status = wait_or_kill(&mut child, "raw mode exit");
    assert_eq!(status, 0, "output: {}", reader.text);
    // SAFETY: tcgetattr writes one termios for an fd we own.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(slave.as_raw_fd(), &mut t) }, 0);
    assert_ne!(t.c_lflag & libc::ICANON, 0, "terminal left in raw mode");
    assert_ne!(t.c_lflag & libc::ECHO, 0, "terminal left without echo");
}

#[test]
fn terminal_resize_and_typed_input() {
    let (master, slave) = open_pty(100, 40);
    let code = r#"
        process.stdin.on('data', (d) => {
            console.log('typed ' + JSON.stringify(d.toString()));
            process.stdin.pause();
        });
        process.stdout.on('resize', () => console.log(`resize ${process.stdout.columns} ${process.stdout.rows}`));
        console.log(`ready ${process.stdout.columns} ${process.stdout.rows}`);
    "#;
    let mut child = spawn_on_pty(code, &slave);
    let mut writer = master.try_clone().expect("dup master");
    let mut reader = PtyReader::new(master);
    reader.wait_for("ready 100 40");
    let ws = libc::winsize {
        ws_row: 50,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    use std::os::fd::AsRawFd;
    // SAFETY: TIOCSWINSZ reads one winsize; kill sends a signal to our child.
    unsafe {
        assert_eq!(libc::ioctl(slave.as_raw_fd(), libc::TIOCSWINSZ, &ws), 0);
        libc::kill(child.id() as i32, libc::SIGWINCH);
    }
    reader.wait_for("resize 120 50");
    writer.write_all(b"hello\n").expect("type");
    reader.wait_for("typed \"hello\\n\"");
    let status = wait_or_kill(&mut child, "tty input");
    drop(slave);
    assert_eq!(status, 0, "output: {}", reader.text);
}

#[test]
fn readline_question_on_a_terminal() {
    let (master, slave) = open_pty(80, 24);
    let code = r#"
        const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });
        rl.question('Name? ', (name) => {
            console.log(`hello <${name}> raw=${process.stdin.isRaw} terminal=${rl.terminal}`);
            rl.close();
            console.log(`closed raw=${process.stdin.isRaw}`);
        });
    "#;
    let mut child = spawn_on_pty(code, &slave);
    let mut writer = master.try_clone().expect("dup master");
    let mut reader = PtyReader::new(master);
    reader.wait_for("Name? ");
    // Typed in raw mode: a backspace edits the line, Enter sends CR.
    writer.write_all(b"bobx\x7f\r").expect("type");
    reader.wait_for("closed raw=false");
    let status = wait_or_kill(&mut child, "readline on a terminal");
    drop(slave);
    assert_eq!(status, 0, "output: {}", reader.text);
    assert!(
        reader.text.contains("hello <bob> raw=true terminal=true"),
        "output: {:?}",
        reader.text
    );
}

#[test]
fn unref_stdin_lets_the_process_exit_while_reading() {
    let code = "process.stdin.on('data', () => {}); process.stdin.unref(); \
                setTimeout(() => console.log('timer'), 5);";
    let mut child = spawn_eval(code);
    let _keep_open = child.stdin.take();
    let status = wait_or_kill(&mut child, "unref stdin");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    assert_eq!(status, 0);
    assert_eq!(out, "timer\n");
}
