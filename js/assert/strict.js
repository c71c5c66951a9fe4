// require('assert/strict') is assert.strict.
import assert from "ext:host/assert.js";

export default assert.strict;
