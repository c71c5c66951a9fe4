// exec/execFile encodings: 'buffer', latin1, hex; stderr maxBuffer;
// truncation of multi-byte output
const cp = require('child_process');
cp.exec('printf abc; printf err >&2', { encoding: 'buffer' }, (err, stdout, stderr) => {
  console.log(err, stdout, stderr, Buffer.isBuffer(stdout));
  cp.execFile('printf', ['\\303\\251t\\303\\251'], { encoding: 'latin1' }, (err, stdout) => {
    console.log(err, JSON.stringify(stdout));
    cp.execFile('printf', ['hi'], { encoding: 'hex' }, (err, stdout) => {
      console.log(err, stdout);
      cp.exec('echo 1234567890 >&2', { maxBuffer: 4 }, (err, stdout, stderr) => {
        console.log(err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
        cp.exec('printf "\\303\\251\\303\\251\\303\\251"', { maxBuffer: 3 }, (err, stdout) => {
          console.log(err.code, JSON.stringify(stdout));
          cp.exec('printf "\\303\\251\\303\\251\\303\\251"', { maxBuffer: 3, encoding: 'buffer' }, (err, stdout) => {
            console.log(err.code, stdout);
            const r = cp.spawnSync('printf', ['xyz'], { encoding: 'buffer' });
            console.log(r.stdout, r.output);
          });
        });
      });
    });
  });
});
