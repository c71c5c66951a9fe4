// fsPromises.watch: aborting inside the loop makes the next step reject,
// even with more events already queued.
const fs = require('fs');
const { p, dir } = require('./_tmp');

(async () => {
  const ac = new AbortController();
  const it = fs.promises.watch(dir, { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(p('c'), 'content'), 20);
  try {
    for await (const ev of it) {
      console.log('event', ev.eventType, ev.filename);
      ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const pre = new AbortController();
  pre.abort(new Error('reason'));
  try {
    for await (const ev of fs.promises.watch(dir, { signal: pre.signal })) console.log('unexpected', ev);
  } catch (e) {
    console.log('pre-aborted', e.name, e.cause.message);
  }
})();
