process.on('message', function (msg) {
    console.log('in child,parent say:'+msg);
});

process.send('Yes, I do');
