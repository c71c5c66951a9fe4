// args: 13
require('./_uncaught.js');
