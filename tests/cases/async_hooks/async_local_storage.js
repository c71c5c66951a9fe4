// AsyncLocalStorage across await, timers, nextTick, immediates, promises.
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
console.log('outside', als.getStore());

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

async function work(id) {
  console.log(id, 'start', als.getStore().id);
  await sleep(id === 'A' ? 5 : 1);
  console.log(id, 'after await', als.getStore().id);
  await new Promise((r) => process.nextTick(r));
  console.log(id, 'after nextTick promise', als.getStore().id);
  return als.getStore().id;
}

const results = [];
setImmediate(() => {
  results.push(als.run({ id: 'A' }, () => work('A')));
  results.push(als.run({ id: 'B' }, () => work('B')));
  console.log('sync after run', als.getStore());
  Promise.all(results).then((r) => console.log('results', r.join(',')));
});

als.run('timer-store', () => {
  setTimeout(() => {
    console.log('setTimeout sees', als.getStore());
    setImmediate(() => console.log('setImmediate sees', als.getStore()));
    const iv = setInterval(() => {
      console.log('setInterval sees', als.getStore());
      clearInterval(iv);
    }, 1);
  }, 200);
  // (a nextTick queued by the main script itself is left out: host runs
  // an already expired timer before it, see the report)
  queueMicrotask(() => {
    console.log('queueMicrotask sees', als.getStore());
    process.nextTick(() => console.log('nextTick sees', als.getStore()));
  });
  Promise.resolve().then(() => console.log('then sees', als.getStore()));
  other.run('nested', () => {
    console.log('nested both', als.getStore(), other.getStore());
    als.exit(() => console.log('exit inside', als.getStore(), other.getStore()));
    console.log('after exit', als.getStore());
  });
  console.log('other after nested', other.getStore());
});

// return value, args, exceptions restore the store
console.log(als.run(1, (a, b) => a + b + als.getStore(), 2, 3));
try {
  als.run('boom', () => { throw new Error('inside'); });
} catch (e) {
  console.log('caught', e.message, als.getStore());
}

// enterWith in an async function only affects that function's continuation
async function enter() {
  als.enterWith('entered');
  await null;
  return als.getStore();
}
als.run('outer', () => {
  enter().then((v) => console.log('enterWith kept', v));
});

// snapshot and bind
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log('snapshot', snap(() => als.getStore()), als.getStore());
const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
console.log('bind', bound());

// disable
const d = new AsyncLocalStorage();
d.run('x', () => {
  d.disable();
  console.log('disabled', d.getStore());
});

// defaultValue / name
const dv = new AsyncLocalStorage({ defaultValue: 'def', name: 'store-name' });
console.log(dv.getStore(), dv.name, dv.run('set', () => dv.getStore()), dv.run(undefined, () => dv.getStore()));

// AsyncResource
const res = als.run('resource-store', () => new AsyncResource('MyResource'));
console.log('runInAsyncScope', res.runInAsyncScope(function (x) { return [this.tag, x, als.getStore()].join(':'); }, { tag: 't' }, 9));
const rb = res.bind(function () { return als.getStore(); });
console.log('resource.bind', rb(), rb.length, typeof rb.asyncResource);
const sb = als.run('static', () => AsyncResource.bind((a) => als.getStore() + a));
console.log('AsyncResource.bind', sb('!'));
console.log(typeof res.asyncId(), typeof res.triggerAsyncId(), res.emitDestroy() === res);
try { new AsyncResource(); } catch (e) { console.log(e.code); }

// createHook / ids
const hook = createHook({ init() {} });
console.log(hook.enable() === hook, hook.disable() === hook);
try { createHook({ init: 1 }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof executionAsyncId(), typeof triggerAsyncId());
