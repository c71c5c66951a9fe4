// Seed 002, "Cluster 模块" (verbatim but for the file names and the port,
// which PORT may override): the parent hands its listening server to two
// children; a connection is answered by whichever process accepts it.
var cp = require('child_process');
var child1 = cp.fork('./cluster_child.js');
var child2 = cp.fork('./cluster_child.js');

var server = require('net').createServer();

server.on('connection',function(socker) {
  socker.end('handle by parent')
})

server.listen(process.env.PORT || 1337,function() {
  child1.send('server',server)
  child2.send('server',server)
})
