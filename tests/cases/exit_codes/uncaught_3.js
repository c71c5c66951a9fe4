// args: 3
require('./_uncaught.js');
