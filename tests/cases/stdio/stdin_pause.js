// stdin: some input
// Pausing stdin lets the process exit; the data listener sees the chunk once.
process.stdin.on('data', (d) => {
  console.log('got', JSON.stringify(d.toString()));
  process.stdin.pause();
  console.log('paused', process.stdin.isPaused(), process.stdin.readableFlowing);
});
process.on('exit', () => console.log('exit'));
