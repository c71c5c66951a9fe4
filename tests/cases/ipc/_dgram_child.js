process.on('message', (msg, socket) => {
  if (msg !== 'udp') return;
  socket.on('message', (data, rinfo) => {
    socket.send(`child got ${data}`, rinfo.port, rinfo.address, () => {
      socket.close();
      process.disconnect();
    });
  });
  process.send('ready');
});
