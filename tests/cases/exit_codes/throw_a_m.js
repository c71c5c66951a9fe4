// args: a m
require('./_throw_value.js');
