// stdin: abcdefghij
const log = (...a) => console.log(a.join(' '));
const chunks = [];
process.stdin.on('readable', () => {
  let c;
  while ((c = process.stdin.read(3)) !== null) chunks.push(c.toString());
  log('readable; length now', process.stdin.readableLength);
});
process.stdin.on('end', () => log('end', chunks.join('|')));
