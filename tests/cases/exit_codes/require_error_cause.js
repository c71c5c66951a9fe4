// The same from a required module (require()'s frames are shared too).
require('./_cause_thrower.js');
