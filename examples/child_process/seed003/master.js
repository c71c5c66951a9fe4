/** master.js */
// Seed 003 (verbatim): the master hands its server to a forked child; the
// port may be overridden with PORT for tests.
const fork = require('child_process').fork;
const net = require('net');

const server = net.createServer();
server.listen(process.env.PORT || 8090);

const worker = fork('./child1.js');
worker.send('server', server);
