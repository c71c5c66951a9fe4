// args: 10
require('./_uncaught.js');
