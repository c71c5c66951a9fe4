// performance.nodeTiming fields and measuring from a node milestone.
const { performance } = require('perf_hooks');
const j = performance.toJSON();
console.log(Object.keys(j.nodeTiming).join(','));
console.log(Object.keys(j.eventLoopUtilization).join(','));
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, nt.startTime, nt.nodeStart >= 0, nt.v8Start >= nt.nodeStart, nt.bootstrapComplete >= nt.environment, typeof nt.loopStart, nt.loopExit, typeof nt.idleTime);
const m = performance.measure('since-boot', 'nodeStart');
console.log(m.startTime === nt.nodeStart);
console.log(typeof nt.uvMetricsInfo, Object.keys(nt.uvMetricsInfo).join(','));
