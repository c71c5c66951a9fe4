// args: b t
require('./_throw_value.js');
