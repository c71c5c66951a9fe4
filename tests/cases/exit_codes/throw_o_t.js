// args: o t
require('./_throw_value.js');
