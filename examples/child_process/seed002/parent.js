let cp = require('child_process');

let child = cp.fork('./child.js');

child.on('message', function (message) {
    console.log(`in parent,child say:${message}`);
});

child.send('parent:Do you have enough money?');

