// parent.js, verbatim from seed 001: `cp.for` is a typo, so this throws
// "TypeError: cp.for is not a function" exactly as Node does.
var cp = require('child_process')
var n = cp.for('./sub.js')
n.on('message', function (m) {
    console.log('PARENT got message: ' + m)
})
n.send({hello: 'workd'})
