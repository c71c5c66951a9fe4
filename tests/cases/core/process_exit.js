process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('not printed'), 10);
console.log('before');
process.exit(5);
console.log('after');
