// args: s t
require('./_throw_value.js');
