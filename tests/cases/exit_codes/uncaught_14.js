// args: 14
require('./_uncaught.js');
