// args: b m
require('./_throw_value.js');
