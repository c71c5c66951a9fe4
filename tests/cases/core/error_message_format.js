// Node's error messages format their arguments as util.format does.
const http = require('http');
try { http.request({ headers: { [{}]: 1 } }); } catch (e) { console.log(e.code, e.message); }
try { new http.OutgoingMessage().setHeader({}, 'x'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.from('x').toString('bogus'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(2).toString({}); } catch (e) { console.log(e.code, e.message); }
try { process.kill(process.pid, 'SIGBOGUS'); } catch (e) { console.log(e.code, e.message); }
try { require('util').debuglog({}); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
