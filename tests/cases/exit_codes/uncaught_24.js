// args: 24
require('./_uncaught.js');
