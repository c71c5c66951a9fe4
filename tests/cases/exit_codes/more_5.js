// args: 5
require('./_exit_more.js');
