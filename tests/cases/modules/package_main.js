const show = (label, f) => { try { const v = f(); console.log(label, v); } catch (e) { console.log(label, 'THROW', e.name, e.code, String(e.message).split(__dirname).join('$D'), e.path && e.path.replace(__dirname, '$D'), e.requestPath); } };
show('badmain', () => require('./fixtures/pkgs/badmain'));
show('badmain2', () => require('./fixtures/pkgs/badmain2'));
show('badpkg', () => require('./fixtures/pkgs/badpkg'));
show('mainjson', () => require('./fixtures/pkgs/mainjson'));
show('json require twice same', () => require('./fixtures/pkgs/mainjson') === require('./fixtures/pkgs/mainjson/data.json'));
