const url = require('url');
process.on('warning', (w) => console.log(w.name, w.code, w.message));
url.parse('http://a:abc/x'); url.parse('http://a:1a/'); url.parse('http://a:/x');
setTimeout(() => console.log('done'), 10);
