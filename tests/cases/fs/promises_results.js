// fsPromises write helpers resolve to undefined.
const fsp = require('fs/promises');
const { p } = require('./_tmp');

(async () => {
  console.log(await fsp.writeFile(p('a'), 'text'));
  console.log(await fsp.writeFile(p('b'), Buffer.from('bytes')));
  console.log(await fsp.writeFile(p('c'), '6869', 'hex'));
  console.log(await fsp.appendFile(p('a'), '+more'));
  console.log(await fsp.appendFile(p('a'), new Uint8Array([33])));
  console.log(await fsp.readFile(p('a'), 'utf8'), await fsp.readFile(p('c'), 'utf8'));
  const fh = await fsp.open(p('a'), 'a');
  console.log(await fh.writeFile('!'), await fh.appendFile('?'));
  console.log(await fh.close());
  console.log(await fsp.readFile(p('a'), 'latin1'));
})();
