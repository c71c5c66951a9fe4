// args: 6
require('./_exit_more.js');
