// args: n
require('./_exit_scenarios.js');
