// The timeout run option stops a runaway script.
const vm = require('vm');

function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof Error);
  }
}

attempt('this', () => vm.runInThisContext('while (true) {}', { timeout: 50 }));
attempt('new', () => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }));
attempt('script', () => new vm.Script('while (true);').runInContext(vm.createContext(), { timeout: 10 }));
attempt('fast', () => vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 5000 }));

// State changed before the timeout stays changed.
const ctx = vm.createContext({ steps: 0 });
attempt('partial', () => vm.runInContext('steps = 1; while (true) {}', ctx, { timeout: 20 }));
console.log('steps', ctx.steps);

// Nested runs: the inner timeout fires, the outer run goes on.
const outer = vm.createContext({ vm, console });
attempt('nested', () =>
  vm.runInContext(
    'try { vm.runInNewContext("while (true);", {}, { timeout: 20 }) } catch (e) { "inner: " + e.code }',
    outer,
    { timeout: 10000 },
  ),
);

// A function called from the code is stopped as well.
attempt('callback', () => vm.runInNewContext('spin()', { spin() { for (;;); } }, { timeout: 20 }));

// Everything keeps working afterwards.
console.log(vm.runInThisContext('1 + 1'), vm.runInNewContext('2 + 2'));
setTimeout(() => console.log('timers still run'), 1);
Promise.resolve().then(() => console.log('microtasks still run'));
