// args: nul m
require('./_throw_value.js');
