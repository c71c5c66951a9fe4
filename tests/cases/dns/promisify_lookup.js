// util.promisify(dns.lookup) resolves { address, family } as in Node.
const util = require('util'); const dns = require('dns');
(async () => {
  console.log(await util.promisify(dns.lookup)('localhost', { family: 4 }));
  console.log(await util.promisify(dns.lookup)('127.0.0.1', { all: true }));
})();
