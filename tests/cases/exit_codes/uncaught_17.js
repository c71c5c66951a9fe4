// args: 17
require('./_uncaught.js');
