// args: d m
require('./_throw_value.js');
