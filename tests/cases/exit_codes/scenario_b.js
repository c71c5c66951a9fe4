// args: b
require('./_exit_scenarios.js');
