// seed002/cluster_child.js with the typo fixed: children answer too.
process.on('message', function (m, server) {
  if (m == 'server') {
    server.on('connection', function (socket) {
      socket.end('handle by child ' + process.pid);
    });
  }
});
