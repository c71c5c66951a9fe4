// CommonJS's require in an ES module: Node's explanation.
const fs = require('fs');
