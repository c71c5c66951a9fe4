// args: 10
require('./_exit_more.js');
