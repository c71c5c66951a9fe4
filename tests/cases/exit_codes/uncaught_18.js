// args: 18
require('./_uncaught.js');
