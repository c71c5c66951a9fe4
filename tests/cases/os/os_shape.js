const os = require('os');
const J = JSON.stringify;
console.log(Object.keys(os).join());
console.log(os.EOL === '\n', os.devNull, os.endianness(), os.platform(), os.type(), os.arch() === process.arch, `${os.arch}` === process.arch);
console.log(Object.keys(os).filter((k) => typeof os[k] === 'function' && os[k][Symbol.toPrimitive]).join());
const c = os.constants;
console.log(Object.keys(c).join(), Object.getPrototypeOf(c), Object.isFrozen(c.signals), Object.isFrozen(c.errno), c.UV_UDP_REUSEADDR);
console.log(J(c.dlopen), J(c.priority));
console.log(J(c.errno));
console.log(J(c.signals));
const d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable, J(Object.getOwnPropertyDescriptor(os, 'EOL')));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.every((x) => typeof x.model === 'string' && typeof x.speed === 'number' && J(Object.keys(x)) === '["model","speed","times"]' && J(Object.keys(x.times)) === '["user","nice","sys","idle","irq"]' && Object.values(x.times).every((t) => Number.isInteger(t) && t >= 0)));
const ap = os.availableParallelism();
console.log(Number.isInteger(ap), ap >= 1, ap <= cpus.length);
const free = os.freemem(), total = os.totalmem();
console.log(typeof free, typeof total, free > 0, total > 0, free <= total, Number.isInteger(total));
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((x) => typeof x === 'number' && x >= 0));
const up = os.uptime();
console.log(typeof up, up > 0);
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.machine(), os.machine().length > 0);
console.log(os.getPriority() === os.getPriority(0), os.getPriority(process.pid) === os.getPriority(), Number.isInteger(os.getPriority()));
const ui = os.userInfo();
console.log(Object.getPrototypeOf(ui), Object.keys(ui).join(), ui.uid === process.getuid(), ui.gid === process.getgid(), typeof ui.username, typeof ui.homedir, typeof ui.shell);
console.log(os.homedir() === process.env.HOME);
const ni = os.networkInterfaces();
let ok = true;
for (const [name, list] of Object.entries(ni)) {
  for (const a of list) {
    const keys = Object.keys(a).join();
    if (a.family === 'IPv4') ok &&= keys === 'address,netmask,family,mac,internal,cidr';
    else ok &&= a.family === 'IPv6' && keys === 'address,netmask,family,mac,internal,cidr,scopeid' && Number.isInteger(a.scopeid);
    ok &&= /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac) && typeof a.internal === 'boolean' && a.cidr.startsWith(a.address + '/');
  }
  void name;
}
console.log(ok, ni.lo !== undefined, ni.lo?.some((a) => a.address === '127.0.0.1' && a.netmask === '255.0.0.0' && a.cidr === '127.0.0.1/8' && a.internal && a.mac === '00:00:00:00:00:00'));
for (const f of [() => os.setPriority(0, 20), () => os.setPriority('x'), () => os.getPriority('a'), () => os.getPriority(1.5), () => os.setPriority(-5, 1), () => os.getPriority(2147483647)]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, J(e.info), e.errno, e.syscall); }
}
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/c/'; console.log(os.tmpdir());
process.env.TMP = '/b'; console.log(os.tmpdir());
process.env.TMPDIR = '/a//'; console.log(os.tmpdir());
process.env.TMPDIR = '/'; console.log(os.tmpdir());
for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
