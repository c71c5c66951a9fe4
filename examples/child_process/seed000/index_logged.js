// seed 000 with output: what happens, step by step.
const { fork } = require('child_process')
const compute = fork('path/to/file.js')
compute.send('data')
compute.on('message', (param) => {
  console.log('parent got', param)
  console.log('kill ->', compute.kill())
})
compute.on('close', (code, signal) => {
  console.log('close', code, signal, 'kill again ->', compute.kill())
})
