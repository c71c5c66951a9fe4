// args: f
require('./_exit_scenarios.js');
