// Piping into stdout does not end it: output after the source ends still works.
const { Readable, pipeline, PassThrough } = require('stream');
const r = Readable.from(['a\n', 'b\n']);
r.on('end', () => setTimeout(() => {
  console.log('after end; writable', process.stdout.writable, process.stdout.writableEnded);
  // pipeline() does end its destination: keep it last.
  pipeline(Readable.from(['via pipeline\n']), new PassThrough(), process.stdout, () => {});
}, 5));
r.pipe(process.stdout);
