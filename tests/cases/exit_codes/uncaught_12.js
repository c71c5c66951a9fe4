// args: 12
require('./_uncaught.js');
