// An uncaught AssertionError prints its actual and expected values in full.
require('assert').deepStrictEqual({a:{b:{c:1}}}, {a:{b:{c:2}}})
