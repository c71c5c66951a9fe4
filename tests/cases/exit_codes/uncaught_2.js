// args: 2
require('./_uncaught.js');
