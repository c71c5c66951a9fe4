// args: ar
require('./_reject_value.js');
