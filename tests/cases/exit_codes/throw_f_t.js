// args: f t
require('./_throw_value.js');
