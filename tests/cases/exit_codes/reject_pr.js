// args: pr
require('./_reject_value.js');
