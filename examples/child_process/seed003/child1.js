/** child1.js */
// Seed 003 (verbatim, typo included): `ttp.createServer` throws
// "ReferenceError: ttp is not defined" at start-up, as in Node.
const http = require('http');
const worker = ttp.createServer((req, res)=>{
    // ppid在node指定版本才引入 低版本可能为undefined
    console.log(process.pid, process.ppid);
});

process.on('message', (type, tcp)=>{
    if(type==='server') {
        // connection是在新的链接建立时触发
        tcp.on('connection', (socket)=>{
            worker.emit('connection', socket);
        })
    }
})
