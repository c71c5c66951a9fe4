// args: o m
require('./_throw_value.js');
