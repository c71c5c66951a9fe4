// parent.js from seed 001 with the typo fixed (cp.fork). The child stays
// connected, as in Node: stop it with Ctrl-C, or see parent_exits.js.
var cp = require('child_process')
var n = cp.fork('./sub.js')
n.on('message', function (m) {
    console.log('PARENT got message: ' + m)
})
n.send({hello: 'workd'})
