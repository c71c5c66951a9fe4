// args: 11
require('./_exit_more.js');
