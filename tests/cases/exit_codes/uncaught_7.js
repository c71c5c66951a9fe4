// args: 7
require('./_uncaught.js');
