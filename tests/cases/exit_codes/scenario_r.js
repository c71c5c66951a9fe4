// args: r
require('./_exit_scenarios.js');
