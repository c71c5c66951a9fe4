// args: e
require('./_exit_scenarios.js');
