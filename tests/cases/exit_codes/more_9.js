// args: 9
require('./_exit_more.js');
