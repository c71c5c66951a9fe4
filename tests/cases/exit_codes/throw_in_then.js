Promise.resolve().then(() => { throw new Error('then'); });
