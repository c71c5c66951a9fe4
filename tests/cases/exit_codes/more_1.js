// args: 1
require('./_exit_more.js');
