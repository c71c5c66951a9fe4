// args: 3
require('./_exit_more.js');
