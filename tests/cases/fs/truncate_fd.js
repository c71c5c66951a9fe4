// truncate/truncateSync/fsPromises.truncate take a path, not a descriptor.
const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('f'), 'abcdef');
const fd = fs.openSync(p('f'), 'r+');
const msg = (e) => e.message.replace(/\(\d+\)$/, '(<fd>)');
try {
  fs.truncateSync(fd, 1);
} catch (e) {
  console.log('sync', e.name, e.code, msg(e));
}
try {
  fs.truncate(fd, 1, () => {});
} catch (e) {
  console.log('callback', e.name, e.code, msg(e));
}
fs.promises.truncate(fd, 1).catch((e) => {
  console.log('promise', e.name, e.code, msg(e));
  fs.ftruncateSync(fd, 2);
  fs.closeSync(fd);
  fs.truncateSync(p('f'), 1);
  console.log(fs.readFileSync(p('f'), 'utf8'));
});
