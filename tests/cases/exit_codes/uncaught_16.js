// args: 16
require('./_uncaught.js');
