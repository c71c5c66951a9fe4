// parent.js of seed 002 keeps both processes connected forever (as in
// Node). This one disconnects once the child has answered.
let cp = require('child_process');
let child = cp.fork('./child.js');
child.on('message', function (message) {
    console.log(`in parent,child say:${message}`);
    setTimeout(() => child.disconnect(), 100);
});
child.send('parent:Do you have enough money?');
