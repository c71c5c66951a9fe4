// args: k
require('./_exit_scenarios.js');
