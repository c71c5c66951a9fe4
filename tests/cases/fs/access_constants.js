// fs.F_OK and friends are hidden and warn once (DEP0176).
const fs = require('fs');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(Object.keys(fs).filter((k) => k.endsWith('_OK')));
const d = Object.getOwnPropertyDescriptor(fs, 'R_OK');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.R_OK);
console.log(fs.constants.R_OK);
