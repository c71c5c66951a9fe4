// args: u
require('./_exit_scenarios.js');
