// args: e
require('./_reject_value.js');
