// args: a
require('./_reject_value.js');
