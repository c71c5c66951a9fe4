// args: i
require('./_exit_scenarios.js');
