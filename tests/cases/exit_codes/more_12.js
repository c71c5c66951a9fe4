// args: 12
require('./_exit_more.js');
