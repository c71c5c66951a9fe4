require('fs').readFile(__filename, () => { throw new Error('io'); });
