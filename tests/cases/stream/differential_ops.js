// Randomised (seeded, deterministic) operation sequences on streams, with
// every event traced: push/read/pause/resume/write/end/destroy/cork and
// pipe/pipeline chains with failures at random points, and the ways of
// consuming a Readable (data, readable+read(n), async iteration, encodings).
const { Readable, Writable, PassThrough, Transform, Duplex, pipeline } = require('stream');
const log = (...a) => console.log(a.join(' '));
const sections = [];
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

function singleStream(seedArg) {
  let seed = seedArg;
  log('singleStream', seedArg);
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const kinds = ['readable', 'writable', 'pass', 'transform'];
  const kind = kinds[rnd(kinds.length)];
  const hwm = [0, 1, 3, 16][rnd(4)];
  const objectMode = rnd(3) === 0;
  const asyncCb = rnd(2) === 0;
  let s;
  const T = (fn) => (asyncCb ? setImmediate(fn) : fn());
  if (kind === 'readable') s = new Readable({ highWaterMark: hwm, objectMode, read(n) { log('_read', n); } });
  else if (kind === 'writable') s = new Writable({ highWaterMark: hwm, objectMode, write(c, e, cb) { log('_write', String(c)); T(() => cb(rnd(12) === 0 ? new Error('werr') : null)); }, final: rnd(2) ? undefined : (cb) => { log('_final'); T(cb); } });
  else if (kind === 'pass') s = new PassThrough({ highWaterMark: hwm, objectMode });
  else s = new Transform({ highWaterMark: hwm, objectMode, transform(c, e, cb) { log('_transform', String(c)); T(() => cb(null, rnd(4) === 0 ? null : String(c) + '!')); }, flush: rnd(2) ? undefined : (cb) => { log('_flush'); T(() => cb(null, 'F')); } });
  log('kind', kind, hwm, objectMode, asyncCb);
  for (const ev of ['close', 'end', 'finish', 'drain', 'pause', 'resume', 'prefinish', 'readable-x'])
    s.on(ev, (...a) => log('EV', ev, a.length ? String(a[0]) : ''));
  s.on('error', (e) => log('EV error', e.code || e.message));
  let dataOn = false;
  const ops = [];
  for (let i = 0; i < 12; i++) ops.push(rnd(14));
  let i = 0;
  function step() {
    if (i >= ops.length) return;
    const op = ops[i++];
    try {
      switch (op) {
        case 0: if (s.push) log('push ->', s.push('p' + i)); break;
        case 1: if (s.push && rnd(3) === 0) log('push(null) ->', s.push(null)); break;
        case 2: if (s.read) { const r = s.read(rnd(3) === 0 ? 2 : undefined); log('read ->', r === null ? 'null' : String(r)); } break;
        case 3: if (s.pause) { s.pause(); log('paused', s.isPaused()); } break;
        case 4: if (s.resume) { s.resume(); log('resumed', s.readableFlowing); } break;
        case 5: if (s.on && !dataOn && s.read) { dataOn = true; s.on('data', (d) => log('EV data', String(d))); } break;
        case 6: if (s.write) log('write ->', s.write('w' + i, (e) => log('wcb', i, e ? e.code || e.message : e))); break;
        case 7: if (s.end && rnd(3) === 0) { s.end((e) => log('end cb', e ? e.code || e.message : e)); log('ended'); } break;
        case 8: if (rnd(5) === 0) { s.destroy(rnd(2) ? new Error('boom') : undefined); log('destroyed'); } break;
        case 9: if (s.cork) { s.cork(); log('cork'); } break;
        case 10: if (s.uncork) { s.uncork(); log('uncork'); } break;
        case 11: if (s.on && s.read) { s.on('readable', () => { log('EV readable', s.readableLength); }); } break;
        case 12: if (s.unshift && rnd(2) === 0) { s.unshift('u' + i); log('unshift'); } break;
        case 13: break;
      }
    } catch (e) { log('throw', e.code || e.message); }
    log('state', s.readableLength, s.writableLength, s.readableFlowing, s.destroyed);
    const w = rnd(3);
    if (w === 0) step(); else if (w === 1) process.nextTick(step); else setImmediate(step);
  }
  step();
}

function pipeChain(seedArg) {
  let seed = seedArg;
  log('pipeChain', seedArg);
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const later = (fn) => { const k = rnd(3); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else setImmediate(fn); };
  const n = 1 + rnd(6);
  let i = 0;
  const srcHwm = [1, 2, 16][rnd(3)];
  const dstHwm = [0, 1, 4, 16][rnd(4)];
  const failAt = rnd(4) === 0 ? rnd(n + 1) : -1;
  const src = new Readable({
    highWaterMark: srcHwm,
    read() {
      log('src _read', i);
      later(() => {
        if (i === failAt) { this.destroy(new Error('src fail')); return; }
        if (i < n) this.push('c' + i++); else this.push(null);
      });
    },
  });
  const mid = rnd(2) ? new PassThrough({ highWaterMark: [1, 4][rnd(2)] }) : new Transform({ transform(c, e, cb) { later(() => cb(null, String(c).toUpperCase())); } });
  const wfail = rnd(5) === 0 ? rnd(n) : -1;
  let w = 0;
  const dst = new Writable({
    highWaterMark: dstHwm,
    write(c, e, cb) { log('dst _write', String(c)); const k = w++; later(() => cb(k === wfail ? new Error('dst fail') : null)); },
    final: rnd(2) ? undefined : (cb) => { log('dst _final'); later(cb); },
  });
  for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    for (const ev of ['close', 'end', 'finish', 'drain', 'pause', 'resume', 'unpipe', 'pipe'])
      s.on(ev, () => log(name, 'EV', ev));
  }
  const mode = rnd(3);
  log('mode', mode, n, srcHwm, dstHwm, failAt, wfail);
  if (mode === 0) {
    pipeline(src, mid, dst, (err) => log('pipeline cb', err ? err.message : err));
  } else if (mode === 1) {
    for (const s of [src, mid, dst]) s.on('error', (e) => log('error', e.message));
    src.pipe(mid).pipe(dst);
  } else {
    const { pipeline: pp } = require('stream/promises');
    pp(src, mid, dst).then(() => log('resolved'), (e) => log('rejected', e.message));
  }
  if (rnd(4) === 0) setImmediate(() => { log('destroying mid'); mid.destroy(rnd(2) ? new Error('mid boom') : undefined); });
}

function readModes(seedArg) {
  let seed = seedArg;
  log('readModes', seedArg);
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  const later = (fn) => { const k = rnd(3); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else setImmediate(fn); };
  const objectMode = rnd(3) === 0;
  const hwm = [0, 1, 5, 64][rnd(4)];
  const enc = !objectMode && rnd(3) === 0 ? ['utf8', 'hex', 'base64', 'latin1'][rnd(4)] : null;
  const pieces = ['ab', '\u00e9t\u00e9', 'xyz', '\u20ac', 'q'];
  const chunks = [];
  for (let k = 0, m = 1 + rnd(6); k < m; k++) chunks.push(pieces[rnd(pieces.length)]);
  let i = 0;
  const r = new Readable({
    objectMode, highWaterMark: hwm,
    read(n) {
      log('_read', n, i);
      later(() => {
        if (i < chunks.length) {
          const c = chunks[i++];
          if (objectMode) this.push({ c });
          else {
            const b = Buffer.from(c);
            if (b.length > 1 && rnd(2)) { this.push(b.subarray(0, 1)); this.push(b.subarray(1)); } else this.push(b);
          }
        } else this.push(null);
      });
    },
  });
  if (enc) r.setEncoding(enc);
  for (const ev of ['end', 'close', 'pause', 'resume']) r.on(ev, () => log('EV', ev, r.readableLength));
  const show = (d) => (d === null ? 'null' : typeof d === 'string' ? JSON.stringify(d) : Buffer.isBuffer(d) ? 'buf:' + d.toString('hex') : JSON.stringify(d));
  const mode = rnd(4);
  log('mode', mode, objectMode, hwm, enc, chunks.length);
  if (mode === 0) {
    r.on('data', (d) => { log('data', show(d)); if (rnd(4) === 0) { r.pause(); later(() => r.resume()); } });
  } else if (mode === 1) {
    r.on('readable', () => {
      let d;
      const n = rnd(3) === 0 ? 2 : undefined;
      while ((d = r.read(n)) !== null) log('read', n, show(d));
      log('readable done', r.readableLength);
    });
  } else if (mode === 2) {
    (async () => {
      let k = 0;
      for await (const d of r) { log('iter', show(d)); if (++k === 3 && rnd(2)) break; }
      log('iter done', r.destroyed);
    })();
  } else {
    r.on('readable', () => { const d = r.read(); log('one read', show(d)); });
    r.on('data', (d) => log('data too', show(d)));
  }
}

for (let s = 1; s <= 40; s++) sections.push(() => singleStream(s));
for (let s = 1; s <= 40; s++) sections.push(() => pipeChain(s));
for (let s = 1; s <= 40; s++) sections.push(() => readModes(s));
