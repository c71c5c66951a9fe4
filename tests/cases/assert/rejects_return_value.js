// The message of ERR_INVALID_RETURN_VALUE describes the value as Node 24 does.
const assert = require('assert');
for (const v of [5, {}, Object.create(null), 'str', null, undefined, [1], () => 1]) assert.rejects(() => v).catch((e) => console.log(e.code, e.message));
