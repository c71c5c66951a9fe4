// args: n m
require('./_throw_value.js');
