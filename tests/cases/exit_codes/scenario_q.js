// args: q
require('./_exit_scenarios.js');
