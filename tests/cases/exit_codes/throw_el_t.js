// args: el t
require('./_throw_value.js');
