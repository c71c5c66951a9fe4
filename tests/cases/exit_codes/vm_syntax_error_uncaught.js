// An uncaught SyntaxError from vm code prints its arrow first, as Node does.
require('vm').runInNewContext('x y')
