process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
});
process.exitCode = 3;
console.log('set exitCode');
