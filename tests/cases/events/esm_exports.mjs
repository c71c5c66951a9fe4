// ESM named exports of node:events, node:timers/promises, node:perf_hooks, node:async_hooks.
import EventEmitter, { EventEmitterAsyncResource, captureRejectionSymbol, errorMonitor, setMaxListeners, addAbortListener, getEventListeners, usingDomains, defaultMaxListeners, init, listenerCount } from 'node:events';
import { setTimeout as st, scheduler } from 'node:timers/promises';
import { performance, PerformanceObserver, monitorEventLoopDelay, constants, Performance, eventLoopUtilization, timerify, createHistogram } from 'node:perf_hooks';
import { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, executionAsyncResource, asyncWrapProviders, triggerAsyncId } from 'node:async_hooks';
import * as ev from 'events';
console.log(typeof EventEmitterAsyncResource, typeof captureRejectionSymbol, typeof errorMonitor, typeof setMaxListeners, typeof addAbortListener, typeof getEventListeners, usingDomains, defaultMaxListeners, typeof init, typeof listenerCount);
console.log(typeof st, typeof scheduler, typeof performance.now, typeof PerformanceObserver, typeof monitorEventLoopDelay, typeof constants, typeof Performance, typeof eventLoopUtilization, typeof timerify, typeof createHistogram);
console.log(typeof AsyncLocalStorage, typeof AsyncResource, typeof createHook, typeof executionAsyncId, typeof executionAsyncResource, typeof asyncWrapProviders, typeof triggerAsyncId);
console.log(Object.keys(ev).sort().join(','));
console.log(ev.default === EventEmitter, EventEmitter.EventEmitter === EventEmitter);
