// args: 8
require('./_exit_more.js');
