// args: u m
require('./_throw_value.js');
