// args: a t
require('./_throw_value.js');
