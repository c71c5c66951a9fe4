const fs = require('fs');
const { p, showError, rel } = require('./_tmp');

fs.writeFileSync(p('a.txt'), 'hello world\n');
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
const buf = fs.readFileSync(p('a.txt'));
console.log(Buffer.isBuffer(buf), buf.length, buf.toString());
console.log(fs.readFileSync(p('a.txt'), 'hex'));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'base64' }));
fs.appendFileSync(p('a.txt'), 'more\n');
fs.appendFileSync(p('a.txt'), Buffer.from('bytes\n'));
console.log(JSON.stringify(fs.readFileSync(p('a.txt'), 'utf8')));
fs.writeFileSync(p('b.bin'), new Uint8Array([1, 2, 3, 250]));
console.log([...fs.readFileSync(p('b.bin'))]);
fs.writeFileSync(p('c.txt'), '68656c6c6f', 'hex');
console.log(fs.readFileSync(p('c.txt'), 'latin1'));
fs.writeFileSync(p('c.txt'), 'x', { flag: 'a' });
console.log(fs.readFileSync(p('c.txt'), 'utf8'));
try { fs.writeFileSync(p('c.txt'), 'y', { flag: 'wx' }); } catch (e) { showError('wx', e); }

console.log('exists', fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(123n), fs.existsSync());
fs.renameSync(p('a.txt'), p('renamed.txt'));
console.log('renamed', fs.existsSync(p('a.txt')), fs.existsSync(p('renamed.txt')));
fs.copyFileSync(p('renamed.txt'), p('copy.txt'));
console.log('copy', fs.readFileSync(p('copy.txt'), 'utf8').length);
try { fs.copyFileSync(p('renamed.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL); } catch (e) { showError('excl', e); }
fs.unlinkSync(p('copy.txt'));
console.log('unlinked', fs.existsSync(p('copy.txt')));

fs.symlinkSync(p('renamed.txt'), p('link'));
console.log('readlink', rel(fs.readlinkSync(p('link'))));
console.log('lstat link', fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isSymbolicLink());
fs.symlinkSync('renamed.txt', p('rellink'));
console.log('relative link', fs.readlinkSync(p('rellink')), fs.readFileSync(p('rellink'), 'utf8').length);
console.log('realpath', rel(fs.realpathSync(p('rellink'))), rel(fs.realpathSync.native(p('link'))));
fs.linkSync(p('renamed.txt'), p('hard'));
console.log('nlink', fs.statSync(p('renamed.txt')).nlink);

fs.truncateSync(p('hard'), 5);
console.log('truncated', JSON.stringify(fs.readFileSync(p('renamed.txt'), 'utf8')));
fs.truncateSync(p('hard'));
console.log('size', fs.statSync(p('hard')).size);

fs.chmodSync(p('hard'), 0o600);
console.log('mode', (fs.statSync(p('hard')).mode & 0o777).toString(8));
fs.chmodSync(p('hard'), '644');
console.log('mode', (fs.statSync(p('hard')).mode & 0o777).toString(8));
fs.utimesSync(p('hard'), 1000, new Date(2000000));
const st = fs.statSync(p('hard'));
console.log('times', st.atimeMs, st.mtimeMs, st.mtime.toISOString());
fs.accessSync(p('hard'), fs.constants.R_OK | fs.constants.W_OK);
console.log('access ok');
console.log('mkdtemp', rel(fs.mkdtempSync(p('tmp-'))).replace(/-[A-Za-z0-9]{6}$/, '-XXXXXX'));
fs.writeFileSync(p('self.txt'), 'keep');
fs.copyFileSync(p('self.txt'), p('self.txt'));
console.log('self copy', fs.readFileSync(p('self.txt'), 'utf8'));
try { fs.copyFileSync(p('self.txt'), p('self.txt'), fs.constants.COPYFILE_EXCL); } catch (e) { showError('self excl', e); }
try { fs.copyFileSync(p(''), p('dircopy')); } catch (e) { showError('dir copy', e); }
