// args: m
require('./_exit_scenarios.js');
