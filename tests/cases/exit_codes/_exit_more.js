const a = process.argv[2];
process.on('exit', (c) => console.log('exit', c, process.exitCode));
if (a === '1') { process.on('beforeExit', () => { console.log('be'); process.exit(5); }); }
if (a === '2') { process.on('uncaughtException', () => { console.log('ue'); }); setTimeout(() => { throw new Error('x'); }, 1); setTimeout(() => console.log('after'), 5); }
if (a === '3') { process.exitCode = 2; process.on('uncaughtException', () => { process.exitCode = 9; }); throw new Error('y'); }
if (a === '4') { process.on('exit', () => { process.exitCode = 77; }); process.exit(3); }
if (a === '5') { setTimeout(() => { process.exitCode = 6; }, 1); }
if (a === '6') { process.on('beforeExit', (c) => console.log('be', c)); process.exitCode = 4; }
if (a === '7') { process.on('uncaughtException', (e) => { throw new Error('inner'); }); throw new Error('outer'); }
if (a === '8') { process.on('uncaughtExceptionMonitor', (e, o) => console.log('mon', o)); setTimeout(() => { throw new Error('z'); }, 1); }
if (a === '9') { process.setUncaughtExceptionCaptureCallback((e) => console.log('capture', e.message)); throw new Error('c'); }
if (a === '10') { console.log(process.hasUncaughtExceptionCaptureCallback()); process.setUncaughtExceptionCaptureCallback(() => {}); try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); } try { process.setUncaughtExceptionCaptureCallback(5); } catch (e) { console.log(e.code, e.message); } process.setUncaughtExceptionCaptureCallback(null); console.log(process.hasUncaughtExceptionCaptureCallback()); }
if (a === '11') { process.exitCode = '7'; }
if (a === '12') { queueMicrotask(() => { throw new Error('micro'); }); }
