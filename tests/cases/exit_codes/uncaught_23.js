// args: 23
require('./_uncaught.js');
