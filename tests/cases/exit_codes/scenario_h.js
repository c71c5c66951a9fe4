// args: h
require('./_exit_scenarios.js');
