// perf_hooks: performance clock, marks/measures, observer, histograms.
const perf = require('perf_hooks');
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, monitorEventLoopDelay, constants } = perf;
console.log(Object.keys(perf).join(','));
console.log(globalThis.performance === performance, globalThis.PerformanceObserver === PerformanceObserver);
console.log(typeof PerformanceEntry, typeof PerformanceMark, typeof PerformanceMeasure);
const t0 = performance.now();
console.log(typeof t0, t0 > 0, t0 < 60000);
let spin = 0;
while (performance.now() - t0 < 2) spin++;
console.log('monotonic', performance.now() > t0);
const origin = performance.timeOrigin;
console.log(typeof origin, Math.abs(origin + performance.now() - Date.now()) < 1000);
console.log(Object.keys(performance.toJSON()).join(','), typeof performance.toJSON().nodeTiming);
const elu = performance.eventLoopUtilization();
console.log(Object.keys(elu).join(','), elu.utilization >= 0 && elu.utilization <= 1);
const elu2 = performance.eventLoopUtilization(elu);
console.log(typeof elu2.active, elu2.utilization >= 0 && elu2.utilization <= 1);
console.log(performance.nodeTiming.name, performance.nodeTiming.entryType, typeof performance.nodeTiming.loopStart);

const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.name}/${e.entryType}`).join(' '));
  console.log('by type', list.getEntriesByType('mark').length, 'by name', list.getEntriesByName('m1').length);
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
console.log(PerformanceObserver.supportedEntryTypes.includes('mark'));

const m1 = performance.mark('m1');
const m2 = performance.mark('m2', { detail: { step: 2 } });
console.log(m1 instanceof PerformanceMark, m1 instanceof PerformanceEntry, m1.entryType, m1.duration, m2.detail.step);
console.log(m2.startTime >= m1.startTime);
const me = performance.measure('m1-m2', 'm1', 'm2');
console.log(me instanceof PerformanceMeasure, me.entryType, me.startTime === m1.startTime, me.duration === m2.startTime - m1.startTime);
const me2 = performance.measure('from-start');
console.log(me2.startTime, me2.duration > 0);
const me3 = performance.measure('opts', { start: 'm1', duration: 5, detail: 'd' });
console.log(me3.duration, me3.detail);
console.log(performance.getEntries().map((e) => e.name).join(','));
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(','));
console.log(performance.getEntriesByName('m1').length, performance.getEntriesByName('m1', 'measure').length);
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearMarks('m1');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(','));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
const custom = new PerformanceMark('custom', { startTime: 12.5 });
console.log(custom.name, custom.startTime, performance.getEntriesByType('mark').length);
try { new PerformanceEntry(); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(m1.toJSON()) === JSON.stringify({ name: 'm1', entryType: 'mark', startTime: m1.startTime, duration: 0, detail: null }));

const h = monitorEventLoopDelay({ resolution: 20 });
console.log(h.enable(), h.enable(), typeof h.min, typeof h.max, typeof h.mean, typeof h.percentile(50), h.percentiles instanceof Map);
console.log(h.disable(), h.disable());
h.reset();
console.log(constants.NODE_PERFORMANCE_GC_MAJOR, constants.NODE_PERFORMANCE_GC_FLAGS_FORCED);
