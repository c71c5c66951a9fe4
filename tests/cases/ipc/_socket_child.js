const sockets = [];
process.on('message', (msg, socket) => {
  if (msg === 'socket') {
    sockets.push(socket);
    socket.write('held by child\n');
    process.send('holding');
  } else if (msg === 'release') {
    for (const s of sockets) s.end();
  }
});
