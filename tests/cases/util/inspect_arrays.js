const util = require('util');
const L = (...a) => console.log(...a);
L(new Array(5), [1,,3], [,,1,,], [1,2,,,,6,,,,]);
L(Array.from({length:120},(_, i)=>i));
L(Array.from({length:30},(_, i)=>'item'+i));
L(Array.from({length:26},(_, i)=>String.fromCharCode(97+i).repeat(i%5+1)));
L(Array.from({length:10},(_, i)=>i*1000), Array.from({length:7},(_, i)=>-i*33));
L([1.5, 22, 333, 4444, 55555, 666666, 7777777, 1, 2, 3]);
