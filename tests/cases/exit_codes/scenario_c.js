// args: c
require('./_exit_scenarios.js');
