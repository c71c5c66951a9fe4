// args: f
require('./_reject_value.js');
