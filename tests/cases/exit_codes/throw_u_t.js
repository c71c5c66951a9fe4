// args: u t
require('./_throw_value.js');
