// args: 4
require('./_exit_more.js');
