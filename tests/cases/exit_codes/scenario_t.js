// args: t
require('./_exit_scenarios.js');
