// ReadStream#close(cb): the callback sees how the stream finished.
const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('f'), 'abcdef');
const early = fs.createReadStream(p('f'));
early.close((err) => {
  console.log('early close', err && err.code, early.destroyed);
  const done = fs.createReadStream(p('f'));
  done.on('data', (d) => console.log('data', String(d)));
  done.on('end', () => {
    done.close((err2) => console.log('after end', err2));
  });
});
