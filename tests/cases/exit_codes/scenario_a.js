// args: a
require('./_exit_scenarios.js');
