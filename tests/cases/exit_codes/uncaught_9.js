// args: 9
require('./_uncaught.js');
