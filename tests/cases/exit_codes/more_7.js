// args: 7
require('./_exit_more.js');
