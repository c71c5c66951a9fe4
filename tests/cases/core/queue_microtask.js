try { queueMicrotask(5) } catch (e) { console.log(e.code, e.message) }; queueMicrotask(() => console.log('ok'))
