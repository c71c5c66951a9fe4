// Using a closed FileHandle fails with EBADF 'file closed' naming the call.
const fsp = require('fs/promises');
const { p } = require('./_tmp');

(async () => {
  await fsp.writeFile(p('f'), 'data');
  const fh = await fsp.open(p('f'), 'r+');
  await fh.close();
  console.log(fh.fd, await fh.close());
  const calls = {
    read: () => fh.read(Buffer.alloc(2)),
    readv: () => fh.readv([Buffer.alloc(1)]),
    write: () => fh.write('x'),
    writev: () => fh.writev([Buffer.from('x')]),
    readFile: () => fh.readFile(),
    writeFile: () => fh.writeFile('x'),
    appendFile: () => fh.appendFile('x'),
    stat: () => fh.stat(),
    truncate: () => fh.truncate(1),
    sync: () => fh.sync(),
    datasync: () => fh.datasync(),
    chmod: () => fh.chmod(), // the closed check comes before validation
    chown: () => fh.chown(0, 0),
    utimes: () => fh.utimes(1, 1),
  };
  for (const [name, fn] of Object.entries(calls)) {
    try {
      await fn();
      console.log(name, 'ok');
    } catch (e) {
      console.log(name, e.name, e.code, e.errno, e.syscall, e.message, Object.keys(e));
    }
  }
  for (const make of ['createReadStream', 'createWriteStream', 'readLines']) {
    try {
      fh[make]();
      console.log(make, 'ok');
    } catch (e) {
      console.log(make, e.code, e.message);
    }
  }
})();
