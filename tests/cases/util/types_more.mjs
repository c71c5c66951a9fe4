// util.types: key checks against real keys, namespaces, and the names and
// lengths of the checks themselves.
import * as ns from 'node:path';
import util from 'node:util';
import crypto from 'node:crypto';

const t = util.types;
const key = crypto.createSecretKey(Buffer.from('a'));
const ck = await globalThis.crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
console.log(t.isModuleNamespaceObject(ns), t.isKeyObject(key), t.isCryptoKey(ck));
console.log(t.isKeyObject({}), t.isCryptoKey({}), t.isKeyObject(Object.create(crypto.KeyObject.prototype)), t.isKeyObject(ck), t.isCryptoKey(key));
console.log(t.isAsyncFunction(async function* () {}), t.isGeneratorFunction(async function* () {}), t.isGeneratorObject((async function* () {})()));
console.log(t.isArrayBufferView(new DataView(new ArrayBuffer(1))), t.isTypedArray(new DataView(new ArrayBuffer(1))));
console.log(t.isPromise({ then() {} }), t.isNativeError(Object.create(Error.prototype)), t.isNativeError(new (class extends Error {})()));
console.log(Object.entries(t).map(([k, v]) => `${k}:${v.name}:${v.length}`).join('\n'));
