// args: 20
require('./_uncaught.js');
