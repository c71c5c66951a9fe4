// an ENOENT 'error' nobody listens for ends the process as in Node
require('child_process').spawn('no_such_program_xyz', ['arg']);
