// PerformanceObserver buffered/type, timerify 'function' entries, takeRecords, createHistogram.
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
performance.mark('early');
const obs = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name + '/' + e.entryType).join(' '));
  obs.disconnect();
});
obs.observe({ type: 'mark', buffered: true });
const fobs = new PerformanceObserver((list, o) => {
  const e = list.getEntries()[0];
  console.log('function entry', e.name, e.entryType, typeof e.duration, list.getEntries().length);
  o.disconnect();
});
fobs.observe({ entryTypes: ['function'] });
function work(a, b) { return a + b; }
const tw = performance.timerify(work);
console.log(tw.name, tw.length, tw(2, 3));
const h = createHistogram();
h.record(5); h.record(10); h.record(15);
console.log(h.count, h.min, h.max, h.mean, h.percentile(50), h.exceeds);
const tr = new PerformanceObserver((list) => console.log('takeRecords?', list.getEntries().length));
tr.observe({ entryTypes: ['mark'] });
performance.mark('late');
console.log('takeRecords', tr.takeRecords().map((e) => e.name).join(','));
tr.disconnect();
console.log(JSON.stringify(performance.getEntriesByName('late')[0].toJSON()).replace(/[0-9.]+,/, 'N,'));
