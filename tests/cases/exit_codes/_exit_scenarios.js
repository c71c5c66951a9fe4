process.on('exit', (c) => { console.log('exit', c, process.exitCode); });
process.on('beforeExit', (c) => console.log('beforeExit', c));
const arg = process.argv[2];

if (arg === 'a') process.exit();
if (arg === 'b') process.exit(3);
if (arg === 'c') { process.exitCode = 4; }
if (arg === 'd') { process.exitCode = 4; process.exit(); }
if (arg === 'e') { try { process.exit('abc'); } catch (e) { console.log(e.code, e.message); } }
if (arg === 'f') { try { process.exit(1.5); } catch (e) { console.log(e.code, e.message); } }
if (arg === 'g') process.exit('5');
if (arg === 'h') process.exit(256 + 7);
if (arg === 'i') process.exit(-1);
if (arg === 'j') { process.exitCode = 2; process.exit(null); }
if (arg === 'k') { process.on('exit', () => process.exit(9)); }
if (arg === 'l') { process.on('exit', (c) => { process.exitCode = 11; }); }
if (arg === 'm') { setTimeout(() => { throw new Error('boom'); }, 1); }
if (arg === 'n') { process.on('exit', () => { throw new Error('in exit'); }); }
if (arg === 'o') { process.on('exit', () => { setTimeout(() => console.log('never'), 0); process.nextTick(() => console.log('tick in exit?')); }); }
if (arg === 'p') { let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => console.log('more', n), 1); }); }
if (arg === 'q') { process.on('beforeExit', () => { throw new Error('in beforeExit'); }); }
if (arg === 'r') { process.exit(true); }
if (arg === 's') { process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 1000); }
if (arg === 't') { process.exitCode = 3; throw new Error('x'); }
if (arg === 'u') { process.on('uncaughtException', (e) => { console.log('caught', e.message); process.exitCode = 6; }); throw new Error('y'); }
