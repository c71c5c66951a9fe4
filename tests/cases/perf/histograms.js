// monitorEventLoopDelay samples real delays; createHistogram statistics.
const { monitorEventLoopDelay, createHistogram } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
setTimeout(() => {
  const t = Date.now(); while (Date.now() - t < 30);
}, 20);
setTimeout(() => {
  h.disable();
  console.log(h.count > 0, h.min >= 1, h.max > 20e6, h.mean > 0, h.stddev > 0, h.percentile(99) <= h.max);
  const c = createHistogram(); c.record(5); c.record(10); c.record(15);
  console.log(c.min, c.max, c.mean, c.stddev.toFixed(3), c.percentile(50), [...c.percentiles]);
  const d = createHistogram(); d.record(1); d.add(c); console.log(d.count, d.min, d.max);
}, 100);
