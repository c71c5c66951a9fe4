const util = require('util');
console.log(util.diff('12345678', '12!!5!7!'), util.diff('abc', 'abd'), util.diff('a', 'a'), util.diff(['a', 'b'], ['b', 'c']), util.diff('', 'xy'), util.diff('kitten', 'sitting'));
