// Like parent_fixed.js, but disconnects after the first reply so both
// processes end.
var cp = require('child_process')
var n = cp.fork('./sub.js')
n.on('message', function (m) {
    console.log('PARENT got message: ' + m)
    n.disconnect()
})
n.send({hello: 'workd'})
