// args: l
require('./_exit_scenarios.js');
