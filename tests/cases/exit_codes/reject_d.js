// args: d
require('./_reject_value.js');
