// args: 8
require('./_uncaught.js');
