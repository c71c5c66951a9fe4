process.on('message', (m, socket) => {
  socket.write('child\n', () => {
    process.send('written');
    process.disconnect();
  });
});
