// args: 4
require('./_uncaught.js');
