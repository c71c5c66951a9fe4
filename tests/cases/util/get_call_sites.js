// util.getCallSites shape and validation.
const util = require('util');
function a() { return util.getCallSites(3); }
const sites = a();
console.log(sites.slice(0, 2).map((s) => ({ ...s, scriptName: require('path').basename(s.scriptName), scriptId: typeof s.scriptId })));
console.log(util.getCallSites({ sourceMap: false }).length > 0);
try { util.getCallSites(0); } catch (e) { console.log(e.code, e.message); }
try { util.getCallSites('x'); } catch (e) { console.log(e.code, e.message); }
