const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('big.txt'), 'abcdefghij'.repeat(10));

function readChunks(next) {
  const rs = fs.createReadStream(p('big.txt'), { highWaterMark: 16 });
  const chunks = [];
  rs.on('open', (fd) => console.log('open', typeof fd));
  rs.on('ready', () => console.log('ready'));
  rs.on('data', (c) => chunks.push(c.length));
  rs.on('end', () => console.log('end', chunks.join(',')));
  rs.on('close', () => {
    console.log('close', rs.bytesRead, rs instanceof fs.ReadStream);
    next();
  });
}

function readRange(next) {
  const rs = fs.createReadStream(p('big.txt'), { start: 5, end: 24, encoding: 'utf8', highWaterMark: 7 });
  const parts = [];
  rs.on('data', (c) => parts.push(c));
  rs.on('end', () => {
    console.log('range', JSON.stringify(parts));
    next();
  });
}

function readMissing(next) {
  const rs = fs.createReadStream(p('missing'));
  rs.on('error', (e) => {
    console.log('error', e.code, e.syscall);
    next();
  });
}

function writeBackpressure(next) {
  const ws = fs.createWriteStream(p('out.txt'), { highWaterMark: 8 });
  let i = 0;
  function more() {
    while (i < 10) {
      const ok = ws.write('line ' + i++ + '\n');
      if (!ok) {
        console.log('backpressure at', i);
        ws.once('drain', more);
        return;
      }
    }
    ws.end('done\n');
  }
  more();
  ws.on('finish', () => console.log('finish', ws.bytesWritten));
  ws.on('close', () => {
    console.log(JSON.stringify(fs.readFileSync(p('out.txt'), 'utf8')));
    next();
  });
}

function pipeCopy(next) {
  const rs = fs.createReadStream(p('big.txt'), { highWaterMark: 10 });
  const ws = fs.createWriteStream(p('copy.txt'), { flags: 'w' });
  rs.pipe(ws);
  ws.on('finish', () => {
    console.log('piped', fs.readFileSync(p('copy.txt'), 'utf8') === fs.readFileSync(p('big.txt'), 'utf8'));
    next();
  });
}

function appendStream(next) {
  const ws = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  ws.write(Buffer.from('tail'));
  ws.end(() => {
    console.log(JSON.stringify(fs.readFileSync(p('out.txt'), 'utf8').slice(-9)));
    next();
  });
}

const steps = [readChunks, readRange, readMissing, writeBackpressure, pipeCopy, appendStream];
let i = 0;
(function next() {
  const s = steps[i++];
  if (s) s(next);
})();
