// args: n t
require('./_throw_value.js');
