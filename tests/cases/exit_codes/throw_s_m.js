// args: s m
require('./_throw_value.js');
