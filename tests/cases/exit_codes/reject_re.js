// args: re
require('./_reject_value.js');
