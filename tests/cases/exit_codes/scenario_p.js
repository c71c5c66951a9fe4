// args: p
require('./_exit_scenarios.js');
