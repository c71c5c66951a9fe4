// args: f m
require('./_throw_value.js');
