// args: d
require('./_exit_scenarios.js');
