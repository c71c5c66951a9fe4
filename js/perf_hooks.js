// node:perf_hooks -- performance (now/timeOrigin/marks/measures/ELU),
// PerformanceObserver for 'mark' and 'measure', histogram stand-ins.
import { codes } from "ext:host/internal/errors.js";
import { validateFunction, validateObject, validateString } from "ext:host/internal/validators.js";
import { EventTarget } from "ext:host/internal/event_target.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { now, timeOrigin } from "ext:host/internal/perf_clock.js";
import { clearTimeout, Immediate, Timeout } from "ext:host/internal/timers.js";

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS } =
  codes;
const kCreate = Symbol("kCreate");
const kQueue = Symbol("kQueue");
const kInspect = Symbol.for("nodejs.util.inspect.custom");

// ---- entries ---------------------------------------------------------------

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;
  constructor(key = undefined, name, type, start, duration, detail) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }
  get name() {
    if (!(#name in this)) throw new ERR_INVALID_THIS("PerformanceEntry");
    return this.#name;
  }
  get entryType() {
    if (!(#name in this)) throw new ERR_INVALID_THIS("PerformanceEntry");
    return this.#type;
  }
  get startTime() {
    if (!(#name in this)) throw new ERR_INVALID_THIS("PerformanceEntry");
    return this.#start;
  }
  get duration() {
    if (!(#name in this)) throw new ERR_INVALID_THIS("PerformanceEntry");
    return this.#duration;
  }
  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }
  static detailOf(entry) {
    return entry.#detail;
  }
  [kInspect](depth, options, inspect) {
    const name = this.constructor?.name ?? "PerformanceEntry";
    if (depth < 0) return name;
    if (typeof inspect !== "function") return `${name} {}`;
    const opts = { ...options, depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth };
    return `${name} ${inspect(this.toJSON(), opts)}`;
  }
}
const detailOf = PerformanceEntry.detailOf;
delete PerformanceEntry.detailOf;
for (const key of ["name", "entryType", "startTime", "duration", "toJSON"]) {
  Object.defineProperty(PerformanceEntry.prototype, key, {
    ...Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, key), enumerable: true,
  });
}
const detailDescriptor = {
  get() {
    return detailOf(this);
  },
  enumerable: true,
  configurable: true,
};
function toJSONWithDetail() {
  return { ...PerformanceEntry.prototype.toJSON.call(this), detail: detailOf(this) };
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return globalThis.structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("name");
    name = `${name}`;
    if (options !== undefined) validateObject(options, "options", { nullable: true });
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== "number") throw new ERR_INVALID_ARG_TYPE("options.startTime", "number", startTime);
    if (startTime < 0) throw new ERR_INVALID_ARG_VALUE("options.startTime", startTime, "cannot be negative");
    super(kCreate, name, "mark", startTime, 0, cloneDetail(options?.detail));
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: "PerformanceMark", configurable: true });
Object.defineProperty(PerformanceMark.prototype, "detail", detailDescriptor);
Object.defineProperty(PerformanceMark.prototype, "toJSON", { value: toJSONWithDetail, writable: true, configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, name, start, duration, detail) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, "measure", start, duration, detail);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: "PerformanceMeasure", configurable: true,
});
Object.defineProperty(PerformanceMeasure.prototype, "detail", detailDescriptor);
Object.defineProperty(PerformanceMeasure.prototype, "toJSON", { value: toJSONWithDetail, writable: true, configurable: true });

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// ---- the timeline ------------------------------------------------------------

const marks = [];
const measures = [];
const observers = new Set();

function enqueue(entry) {
  for (const obs of observers) obs[kQueue](entry);
}

function markTime(name, what) {
  if (name === undefined) return undefined;
  if (typeof name === "number") {
    if (name < 0) throw new ERR_INVALID_ARG_VALUE(what, name, "cannot be negative");
    return name;
  }
  name = `${name}`;
  if (name in nodeTimingFields) return nodeTimingFields[name]();
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  throw new DOMException(`The "${name}" performance mark has not been set`, "SyntaxError");
}

function filterEntries(list, name, type) {
  let out = list;
  if (name !== undefined) out = out.filter((e) => e.name === name);
  if (type !== undefined) out = out.filter((e) => e.entryType === type);
  return out.slice().sort((a, b) => a.startTime - b.startTime);
}

// ---- nodeTiming --------------------------------------------------------------

const nodeTimingFields = {
  __proto__: null,
  nodeStart: () => 0,
  v8Start: () => 0,
  environment: () => 0,
  bootstrapComplete: () => 0,
};

class PerformanceNodeTiming {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get name() {
    return "node";
  }
  get entryType() {
    return "node";
  }
  get startTime() {
    return 0;
  }
  get duration() {
    return now();
  }
  get nodeStart() {
    return nodeStartTimes().nodeStart;
  }
  get v8Start() {
    return nodeStartTimes().v8Start;
  }
  get environment() {
    return nodeStartTimes().environment;
  }
  get bootstrapComplete() {
    return nodeStartTimes().bootstrapComplete;
  }
  get loopStart() {
    return nodeStartTimes().loopStart;
  }
  get loopExit() {
    return -1;
  }
  get idleTime() {
    return 0;
  }
  get uvMetricsInfo() {
    return { loopCount: 0, events: 0, eventsWaiting: 0 };
  }
  toJSON() {
    return {
      name: "node",
      entryType: "node",
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: -1,
      bootstrapComplete: this.bootstrapComplete,
      idleTime: 0,
      uvMetricsInfo: this.uvMetricsInfo,
    };
  }
}
Object.defineProperty(PerformanceNodeTiming.prototype, Symbol.toStringTag, {
  value: "PerformanceNodeTiming", configurable: true,
});

// The start-up milestones are not measured one by one; they are placed at
// plausible fractions of the time before the first read.
let startTimes;
function nodeStartTimes() {
  if (startTimes === undefined) {
    const t = now();
    startTimes = {
      nodeStart: t * 0.05,
      v8Start: t * 0.1,
      environment: t * 0.3,
      bootstrapComplete: t * 0.8,
      loopStart: t,
    };
  }
  return startTimes;
}
nodeTimingFields.nodeStart = () => nodeStartTimes().nodeStart;
nodeTimingFields.v8Start = () => nodeStartTimes().v8Start;
nodeTimingFields.environment = () => nodeStartTimes().environment;
nodeTimingFields.bootstrapComplete = () => nodeStartTimes().bootstrapComplete;
nodeTimingFields.loopStart = () => nodeStartTimes().loopStart;

const nodeTiming = new PerformanceNodeTiming(kCreate);

// ---- event loop utilization ----------------------------------------------------

// The loop is not instrumented: CPU time stands in for the time the loop
// was busy, the rest of the wall time since start-up counts as idle.
function loopTotals() {
  const elapsed = now();
  let active = elapsed;
  try {
    const cpu = globalThis.process.cpuUsage();
    active = Math.min(elapsed, (cpu.user + cpu.system) / 1000);
  } catch {
    // no cpuUsage: everything counts as active
  }
  return { idle: Math.max(0, elapsed - active), active };
}

function eventLoopUtilization(util1, util2) {
  if (util2 !== undefined) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) || 0 };
  }
  const { idle, active } = loopTotals();
  if (util1 !== undefined) {
    const i = Math.max(0, idle - util1.idle);
    const a = Math.max(0, active - util1.active);
    return { idle: i, active: a, utilization: a / (i + a) || 0 };
  }
  return { idle, active, utilization: active / (idle + active) || 0 };
}

// ---- timerify --------------------------------------------------------------

function timerify(fn, options = {}) {
  validateFunction(fn, "fn");
  validateObject(options, "options");
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      enqueue(new PerformanceEntry(kCreate, fn.name, "function", start, now() - start, args));
    };
    if (result && typeof result.finally === "function") return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperty(timerified, "name", { value: `timerified ${fn.name}`, configurable: true });
  Object.defineProperty(timerified, "length", { value: fn.length, configurable: true });
  return timerified;
}

// ---- Performance -------------------------------------------------------------

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }
  clearMarks(name = undefined) {
    clearList(marks, name);
  }
  clearMeasures(name = undefined) {
    clearList(measures, name);
  }
  clearResourceTimings() {}
  getEntries() {
    return filterEntries([...marks, ...measures]);
  }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("name");
    return filterEntries([...marks, ...measures], `${name}`, type === undefined ? undefined : `${type}`);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    type = `${type}`;
    if (type === "mark") return marks.slice();
    if (type === "measure") return measures.slice();
    return [];
  }
  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("name");
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    enqueue(entry);
    return entry;
  }
  measure(name, startOrOptions = undefined, endMark = undefined) {
    validateString(name, "name");
    let start, end, duration, detail = null;
    if (startOrOptions !== null && typeof startOrOptions === "object") {
      if (endMark !== undefined) {
        const err = new TypeError("Cannot specify endMark with options");
        err.code = "ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS";
        throw err;
      }
      ({ start, end, duration } = startOrOptions);
      detail = cloneDetail(startOrOptions.detail);
      if (start !== undefined && end !== undefined && duration !== undefined) {
        const err = new TypeError("Cannot specify start, end, and duration together in options");
        err.code = "ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS";
        throw err;
      }
    } else {
      start = startOrOptions;
      end = endMark;
    }
    let endTime;
    let startTime;
    if (end !== undefined) endTime = markTime(end, "end");
    else if (duration !== undefined && start !== undefined) endTime = markTime(start, "start") + duration;
    else endTime = now();
    if (start !== undefined) startTime = markTime(start, "start");
    else if (duration !== undefined) startTime = endTime - duration;
    else startTime = 0;
    const length = duration !== undefined && (start === undefined || end === undefined) ? duration : endTime - startTime;
    const entry = new PerformanceMeasure(kCreate, name, startTime, length, detail);
    measures.push(entry);
    enqueue(entry);
    return entry;
  }
  now() {
    return now();
  }
  setResourceTimingBufferSize() {}
  get timeOrigin() {
    return timeOrigin();
  }
  toJSON() {
    return {
      nodeTiming: nodeTiming.toJSON(),
      timeOrigin: timeOrigin(),
      eventLoopUtilization: eventLoopUtilization(),
    };
  }
  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }
  get nodeTiming() {
    return nodeTiming;
  }
  markResourceTiming() {}
  timerify(fn, options) {
    return timerify(fn, options);
  }
  get onresourcetimingbufferfull() {
    return null;
  }
  set onresourcetimingbufferfull(v) {}
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: "Performance", configurable: true });
for (const key of ["clearMarks", "clearMeasures", "clearResourceTimings", "getEntries", "getEntriesByName",
  "getEntriesByType", "mark", "measure", "now", "setResourceTimingBufferSize", "timeOrigin", "toJSON",
  "onresourcetimingbufferfull"]) {
  Object.defineProperty(Performance.prototype, key, {
    ...Object.getOwnPropertyDescriptor(Performance.prototype, key), enumerable: true,
  });
}
Object.defineProperty(Performance.prototype, kInspect, {
  value(depth, options, inspect) {
    return `Performance ${inspect(this.toJSON(), options)}`;
  },
  configurable: true,
});

function clearList(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) list.splice(i, 1);
}

const performance = new Performance(kCreate);

// ---- PerformanceObserver ----------------------------------------------------

const supportedEntryTypesList = Object.freeze(["dns", "function", "gc", "http", "http2", "mark", "measure", "net", "resource"]);

class PerformanceObserverEntryList {
  #entries;
  constructor(key = undefined, entries) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort((a, b) => a.startTime - b.startTime);
  }
  getEntries() {
    return this.#entries.slice();
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    return this.#entries.filter((e) => e.entryType === `${type}`);
  }
  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("name");
    return this.#entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = null;
  constructor(callback) {
    validateFunction(callback, "callback");
    this.#callback = callback;
  }
  static get supportedEntryTypes() {
    return supportedEntryTypesList;
  }
  observe(options = {}) {
    validateObject(options, "options");
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS("options.entryTypes", "options.type");
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE("options.entryTypes", entryTypes, "options.entryTypes can not set with options.type together");
    }
    this.#types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE("options.entryTypes", "string[]", entryTypes);
      for (const t of entryTypes) if (supportedEntryTypesList.includes(t)) this.#types.add(t);
    } else {
      if (!supportedEntryTypesList.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const existing = type === "mark" ? marks : type === "measure" ? measures : [];
        for (const e of existing) this[kQueue](e);
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }
  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }
  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }
  [kQueue](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled === null) {
      this.#scheduled = new Immediate(() => {
        this.#scheduled = null;
        if (this.#buffer.length === 0) return;
        const list = new PerformanceObserverEntryList(kCreate, this.takeRecords());
        Reflect.apply(this.#callback, this, [list, this]);
      }, undefined);
    }
  }
}

Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: "PerformanceObserver", configurable: true,
});
for (const key of ["observe", "disconnect", "takeRecords"]) {
  Object.defineProperty(PerformanceObserver.prototype, key, {
    ...Object.getOwnPropertyDescriptor(PerformanceObserver.prototype, key), enumerable: true,
  });
}

// ---- histograms -------------------------------------------------------------

// Exact running count/min/max/mean/stddev; percentiles from the values
// themselves, down-sampled to a fixed-size reservoir for long runs.
const kReservoir = 8192;

class Histogram {
  #count = 0;
  #min = Infinity;
  #max = 0;
  #mean = 0;
  #m2 = 0;
  #exceeds = 0;
  #sample = [];
  #sorted = true;
  #last = undefined;

  get count() {
    return this.#count;
  }
  get countBigInt() {
    return BigInt(this.#count);
  }
  get min() {
    return this.#count ? this.#min : 9223372036854776000;
  }
  get minBigInt() {
    return this.#count ? BigInt(this.#min) : 9223372036854775807n;
  }
  get max() {
    return this.#max;
  }
  get maxBigInt() {
    return BigInt(this.#max);
  }
  get mean() {
    return this.#count ? this.#mean : NaN;
  }
  get stddev() {
    return this.#count ? Math.sqrt(this.#m2 / this.#count) : NaN;
  }
  get exceeds() {
    return this.#exceeds;
  }
  get exceedsBigInt() {
    return BigInt(this.#exceeds);
  }
  #sortedSample() {
    if (!this.#sorted) {
      this.#sample.sort((a, b) => a - b);
      this.#sorted = true;
    }
    return this.#sample;
  }
  percentile(p) {
    if (typeof p !== "number") throw new ERR_INVALID_ARG_TYPE("percentile", "number", p);
    if (!(p > 0 && p <= 100)) throw new codes.ERR_OUT_OF_RANGE("percentile", "> 0 && <= 100", p);
    const v = this.#sortedSample();
    if (!v.length) return 0;
    return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
  }
  percentileBigInt(p) {
    return BigInt(this.percentile(p));
  }
  get percentiles() {
    const map = new Map();
    if (!this.#count) {
      map.set(100, 0);
      return map;
    }
    // Percentile steps halve the distance to 100 until the maximum shows.
    map.set(0, this.#min);
    let p = 50;
    for (let step = 25; p < 100; step /= 2) {
      const v = this.percentile(p);
      map.set(p, v);
      if (v >= this.#max || step < 1e-6) break;
      p += step;
    }
    map.set(100, this.#max);
    return map;
  }
  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }
  reset() {
    this.#count = 0;
    this.#min = Infinity;
    this.#max = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#exceeds = 0;
    this.#sample = [];
    this.#sorted = true;
    this.#last = undefined;
  }
  record(value) {
    if (typeof value === "bigint") value = Number(value);
    if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE("val", ["number", "bigint"], value);
    if (value < 1) throw new codes.ERR_OUT_OF_RANGE("val", ">= 1", value);
    this.#add(value);
  }
  #add(value) {
    this.#count++;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    const delta = value - this.#mean;
    this.#mean += delta / this.#count;
    this.#m2 += delta * (value - this.#mean);
    if (this.#sample.length < kReservoir) {
      this.#sample.push(value);
      this.#sorted = false;
    } else {
      const i = Math.floor(Math.random() * this.#count);
      if (i < kReservoir) {
        this.#sample[i] = value;
        this.#sorted = false;
      }
    }
  }
  recordDelta() {
    const t = now() * 1e6;
    if (this.#last !== undefined) this.#add(Math.max(1, Math.round(t - this.#last)));
    this.#last = t;
  }
  add(other) {
    if (!(other instanceof Histogram)) throw new ERR_INVALID_ARG_TYPE("other", "RecordableHistogram", other);
    for (const v of other.#sample) this.#add(v);
    this.#exceeds += other.#exceeds;
  }
  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

// monitorEventLoopDelay: an unref'd repeating timer every `resolution` ms
// records how late it fired, in nanoseconds.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #expected = 0;
  constructor(key, resolution) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this.#resolution = resolution;
  }
  enable() {
    if (this.#timer !== null) return false;
    this.#expected = now() + this.#resolution;
    this.#timer = new Timeout(() => {
      const t = now();
      const lateNs = Math.max(1, Math.round((t - this.#expected) * 1e6));
      this.record(lateNs);
      this.#expected = t + this.#resolution;
    }, this.#resolution, undefined, true, false);
    return true;
  }
  disable() {
    if (this.#timer === null) return false;
    clearTimeout(this.#timer);
    this.#timer = null;
    return true;
  }
  [Symbol.dispose]() {
    this.disable();
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, "options");
  const { resolution = 10 } = options;
  if (typeof resolution !== "number") throw new ERR_INVALID_ARG_TYPE("options.resolution", "number", resolution);
  if (resolution <= 0 || !Number.isSafeInteger(resolution)) {
    throw new codes.ERR_OUT_OF_RANGE("resolution", "> 0", resolution);
  }
  return new IntervalHistogram(kCreate, resolution);
}

function createHistogram(options = {}) {
  validateObject(options, "options");
  return new Histogram();
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

export {
  constants,
  createHistogram,
  eventLoopUtilization,
  monitorEventLoopDelay,
  Performance,
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  timerify,
};

export default {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
