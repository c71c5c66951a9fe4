/** child1.js with `ttp` corrected to `http` and a response written */
const http = require('http');
const worker = http.createServer((req, res) => {
  console.log(process.pid === Number(process.pid), process.ppid > 0);
  res.end(`served by child ${process.pid}\n`);
});

process.on('message', (type, tcp) => {
  if (type === 'server') {
    // connection是在新的链接建立时触发
    tcp.on('connection', (socket) => {
      worker.emit('connection', socket);
    });
  }
});
