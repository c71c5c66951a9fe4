// args: d t
require('./_throw_value.js');
