const EE = require('events'); const e = new EE(); setTimeout(() => e.emit('error', new Error('ee')), 1);
