// stdin: ignored
// Touching process.stdin without reading does not keep the process alive.
const s = process.stdin;
console.log(typeof s.on, s.readable, s.readableFlowing, s.isTTY);
setTimeout(() => console.log('timer'), 5);
process.on('exit', () => console.log('exit'));
