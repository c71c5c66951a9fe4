// node:https has Node's shape (Agent subclassing http.Agent, globalAgent,
// protocol checks); host has no TLS, so requests only fail (asynchronously).
const https = require('https');
const http = require('http');
console.log(Object.keys(https));
const a = new https.Agent({ keepAlive: true });
console.log(a.defaultPort, a.protocol, a.maxCachedSessions, a.keepAlive, a instanceof http.Agent);
console.log(https.globalAgent.keepAlive, https.globalAgent.defaultPort, https.globalAgent.protocol);
try { https.request('http://x/'); } catch (e) { console.log(e.code, e.name, e.message); }
try { http.request('https://x/'); } catch (e) { console.log(e.code, e.name, e.message); }
class MyAgent extends https.Agent {}
console.log(new MyAgent().protocol);
const r = https.get('https://127.0.0.1:1/', (res) => console.log('unexpected response'));
console.log(r.method, r.path, r.host, r.protocol, r.getHeader('host'));
r.on('error', (e) => console.log('request failed', typeof e.code));
