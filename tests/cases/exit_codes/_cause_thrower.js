throw new Error('from module', { cause: new RangeError('root cause') });
