// args: c
require('./_reject_value.js');
