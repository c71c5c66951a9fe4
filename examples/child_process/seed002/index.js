// index.js, verbatim from seed 002. Run from this folder.
let cp = require('child_process');

cp.spawn('node',['work.js']);
cp.exec('node work.js',function(err,stdout,stdderr) {
  
})

// 这里的 work.js 需要加上 #!/usr/bin/env node
cp.execFile('work.js',function(err,stdout,stdderr) {
  
})

cp.fork('./work.js')

// exec execFile fork 的底层都是调用 spawn
