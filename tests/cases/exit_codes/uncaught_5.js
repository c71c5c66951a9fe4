// args: 5
require('./_uncaught.js');
