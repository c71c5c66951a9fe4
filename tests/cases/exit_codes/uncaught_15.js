// args: 15
require('./_uncaught.js');
