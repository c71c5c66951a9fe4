// args: o
require('./_exit_scenarios.js');
