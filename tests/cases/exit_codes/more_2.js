// args: 2
require('./_exit_more.js');
