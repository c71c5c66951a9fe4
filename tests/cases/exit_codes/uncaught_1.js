// args: 1
require('./_uncaught.js');
