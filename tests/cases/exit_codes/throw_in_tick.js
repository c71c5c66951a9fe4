process.nextTick(() => { throw new Error('tick'); });
