// seed 000, verbatim: fork a compute process, exchange a message, kill it.
// Run from this folder: host index.js
const fork = require('child_process').fork
compute = fork('path/to/file.js')
compute.send('data')
compute.on('message', param => {
  // 可得到当前环境的变量
  compute.kill()
})
compute.on('close', (code, signal) => {
  compute.kill()
})
