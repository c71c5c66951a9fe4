// args: 11
require('./_uncaught.js');
