// A worker's process object: what it may not do (Node's ERR_WORKER_UNSUPPORTED_OPERATION) and what it reports.
const { Worker } = require('worker_threads');
new Worker(`
const tries = {
  abort: () => process.abort(), chdir: () => process.chdir('/'), setuid: () => process.setuid(0), setgid: () => process.setgid(0),
  seteuid: () => process.seteuid(0), setegid: () => process.setegid(0), setgroups: () => process.setgroups([]), initgroups: () => process.initgroups('root', 0),
  umaskSet: () => process.umask(0o22), umaskGet: () => process.umask(), titleSet: () => { process.title = 'x'; return process.title; },
  sigint: () => { process.on('SIGINT', () => {}); return process.listenerCount('SIGINT'); }, send: () => typeof process.send, connected: () => process.connected,
  channel: () => process.channel, cwd: () => typeof process.cwd(), kill: () => typeof process.kill,
  reallyExit: () => typeof process.reallyExit, stdinTTY: () => process.stdin.isTTY, stdoutTTY: () => process.stdout.isTTY, stdoutFd: () => process.stdout.fd,
  disconnect: () => typeof process.disconnect, getuid: () => typeof process.getuid(), memoryUsage: () => typeof process.memoryUsage().rss, argv: () => process.argv.length, execArgv: () => process.execArgv,
};
for (const [k, f] of Object.entries(tries)) {
  try { console.log(k, 'ok', f()); } catch (e) { console.log(k, e.name, e.code, e.message); }
}
`, { eval: true });
