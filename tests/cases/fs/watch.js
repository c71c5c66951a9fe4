const fs = require('fs');
const { p, showError } = require('./_tmp');

try { fs.watch(p('missing')); } catch (e) { showError('watch missing', e); console.log(e.filename === p('missing')); }

fs.mkdirSync(p('w'));
const w = fs.watch(p('w'));
console.log(w instanceof require('events'), typeof w.close, typeof w.ref, typeof w.unref);
w.once('change', (type, name) => {
  console.log('first event', type, name);
  w.close();
});
w.on('close', () => {
  console.log('closed');
  fs.writeFileSync(p('polled'), 'a');
  fs.watchFile(p('polled'), { interval: 20 }, (curr, prev) => {
    console.log('watchFile', curr.size, prev.size, curr.isFile());
    fs.unwatchFile(p('polled'));
    promisesWatch();
  });
  setTimeout(() => { fs.writeFileSync(p('polled.tmp'), 'abc'); fs.renameSync(p('polled.tmp'), p('polled')); }, 50);
});
fs.writeFileSync(p('w/created'), '');

async function promisesWatch() {
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(p('w/second'), ''), 20);
  try {
    for await (const ev of fs.promises.watch(p('w'), { signal: ac.signal })) {
      console.log('promises watch', ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
}
