// args: nul t
require('./_throw_value.js');
