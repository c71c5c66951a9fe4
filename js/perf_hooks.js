// node:perf_hooks -- performance (now/timeOrigin/marks/measures/ELU),
// PerformanceObserver for 'mark' and 'measure', histogram stand-ins.
import { codes } from "ext:host/internal/errors.js";
import { validateFunction, validateObject, validateString } from "ext:host/internal/validators.js";
import { EventTarget } from "ext:host/internal/event_target.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { now, timeOrigin } from "ext:host/internal/perf_clock.js";
import { Immediate } from "ext:host/internal/timers.js";

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS } =
  codes;
const kCreate = Symbol("kCreate");
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
  get detail() {
    if (!(#name in this)) throw new ERR_INVALID_THIS("PerformanceEntry");
    return this.#detail;
  }
  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: "PerformanceEntry", configurable: true });

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

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, name, start, duration, detail) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, "measure", start, duration, detail);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: "PerformanceMeasure", configurable: true,
});

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
  for (const obs of observers) obs._queue(entry);
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
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: -1,
      idleTime: 0,
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

function eventLoopUtilization(util1, util2) {
  const loopStart = nodeStartTimes().loopStart;
  const active = Math.max(0, now() - loopStart);
  const idle = 0;
  if (util2 !== undefined) {
    const i = util1.idle - util2.idle;
    const a = util1.active - util2.active;
    return { idle: i, active: a, utilization: a / (i + a) || 0 };
  }
  if (util1 !== undefined) {
    const i = idle - util1.idle;
    const a = active - util1.active;
    return { idle: i, active: a, utilization: a / (i + a) || 0 };
  }
  return { idle, active, utilization: active > 0 ? 1 : 0 };
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

const supportedEntryTypes = Object.freeze(["dns", "function", "gc", "http", "http2", "mark", "measure", "net", "resource"]);

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
    return supportedEntryTypes;
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
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const existing = type === "mark" ? marks : type === "measure" ? measures : [];
        for (const e of existing) this._queue(e);
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
  _queue(entry) {
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

// ---- histograms -------------------------------------------------------------

class Histogram {
  #values = [];
  #exceeds = 0;
  get count() {
    return this.#values.length;
  }
  get countBigInt() {
    return BigInt(this.#values.length);
  }
  get min() {
    return this.#values.length ? Math.min(...this.#values) : 9223372036854776000;
  }
  get minBigInt() {
    return this.#values.length ? BigInt(Math.min(...this.#values)) : 9223372036854775807n;
  }
  get max() {
    return this.#values.length ? Math.max(...this.#values) : 0;
  }
  get maxBigInt() {
    return BigInt(this.max);
  }
  get mean() {
    const v = this.#values;
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
  }
  get stddev() {
    const v = this.#values;
    if (!v.length) return NaN;
    const m = this.mean;
    return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
  }
  get exceeds() {
    return this.#exceeds;
  }
  get exceedsBigInt() {
    return BigInt(this.#exceeds);
  }
  percentile(p) {
    if (typeof p !== "number") throw new ERR_INVALID_ARG_TYPE("percentile", "number", p);
    if (!(p > 0 && p <= 100)) throw new codes.ERR_OUT_OF_RANGE("percentile", "> 0 && <= 100", p);
    const v = this.#values.slice().sort((a, b) => a - b);
    if (!v.length) return 0;
    return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
  }
  percentileBigInt(p) {
    return BigInt(this.percentile(p));
  }
  get percentiles() {
    const map = new Map();
    if (!this.#values.length) {
      map.set(100, 0);
      return map;
    }
    for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
      map.set(p, p === 0 ? this.min : this.percentile(p));
    }
    return map;
  }
  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }
  reset() {
    this.#values = [];
    this.#exceeds = 0;
  }
  record(value) {
    if (typeof value === "bigint") value = Number(value);
    if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE("val", ["number", "bigint"], value);
    if (value < 1) throw new codes.ERR_OUT_OF_RANGE("val", ">= 1", value);
    this.#values.push(value);
  }
  #last;
  recordDelta() {
    const t = now() * 1e6;
    if (this.#last !== undefined) this.#values.push(Math.max(1, Math.round(t - this.#last)));
    this.#last = t;
  }
  add(other) {
    if (!(other instanceof Histogram)) throw new ERR_INVALID_ARG_TYPE("other", "RecordableHistogram", other);
    for (const v of other.#values) this.#values.push(v);
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

class IntervalHistogram extends Histogram {
  #enabled = false;
  enable() {
    if (this.#enabled) return false;
    this.#enabled = true;
    return true;
  }
  disable() {
    if (!this.#enabled) return false;
    this.#enabled = false;
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
  return new IntervalHistogram();
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
