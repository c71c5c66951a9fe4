/** master.js */
// seed003/master.js forking the fixed child.
// port may be overridden with PORT for tests.
const fork = require('child_process').fork;
const net = require('net');

const server = net.createServer();
server.listen(process.env.PORT || 8090);

const worker = fork('./child1_fixed.js');
worker.send('server', server);
