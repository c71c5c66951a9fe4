// args: j
require('./_exit_scenarios.js');
