// args: g
require('./_exit_scenarios.js');
