// args: el m
require('./_throw_value.js');
