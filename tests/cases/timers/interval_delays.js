process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
for (const d of [-1, 'abc', 2**31, -Infinity, NaN]) { const t = setInterval(() => {}, d); console.log(String(d), t._idleTimeout, t._repeat); clearInterval(t); }
for (const d of [NaN, -0, -0.5]) { const t = setTimeout(() => {}, d); clearTimeout(t); }
