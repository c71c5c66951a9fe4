#!/usr/bin/env node
console.log(typeof global, global === globalThis, typeof globalThis.Deno, typeof __bootstrap);
console.log(typeof setTimeout, typeof setImmediate, typeof queueMicrotask, typeof structuredClone);
console.log(typeof process.nextTick, process.platform, process.arch, typeof process.pid, process.argv.length);
console.log(typeof process.hrtime.bigint(), Array.isArray(process.hrtime()), process.uptime() < 5);
console.log(process.version.startsWith('v24.'), typeof process.versions.v8, process.execArgv.length);
process.env.HOST_TEST_VAR = 42;
console.log(process.env.HOST_TEST_VAR, typeof process.env.HOST_TEST_VAR, 'HOST_TEST_VAR' in process.env);
delete process.env.HOST_TEST_VAR;
console.log(process.env.HOST_TEST_VAR, 'HOST_TEST_VAR' in process.env);
console.log(process.cwd() === __dirname, typeof process.memoryUsage().heapUsed, typeof process.cpuUsage().user);
