// args: 22
require('./_uncaught.js');
