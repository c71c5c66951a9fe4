// seed002/cluster_parent.js forking the fixed children.
// which PORT may override): the parent hands its listening server to two
// children; a connection is answered by whichever process accepts it.
var cp = require('child_process');
var child1 = cp.fork('./cluster_child_fixed.js');
var child2 = cp.fork('./cluster_child_fixed.js');

var server = require('net').createServer();

server.on('connection',function(socker) {
  socker.end('handle by parent')
})

server.listen(process.env.PORT || 1337,function() {
  child1.send('server',server)
  child2.send('server',server)
})
