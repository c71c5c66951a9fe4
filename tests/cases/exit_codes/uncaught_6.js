// args: 6
require('./_uncaught.js');
