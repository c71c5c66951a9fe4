// Named ESM exports of node:buffer and node:string_decoder, and the globals.
import { Buffer, atob, btoa, Blob, File, kMaxLength, constants, SlowBuffer, transcode, isUtf8, isAscii, INSPECT_MAX_BYTES } from 'node:buffer';
import bufferDefault from 'buffer';
import { StringDecoder } from 'node:string_decoder';
console.log(Buffer === globalThis.Buffer, atob === globalThis.atob, btoa === globalThis.btoa, Blob === globalThis.Blob, File === globalThis.File);
console.log(bufferDefault.Buffer === Buffer, kMaxLength, constants.MAX_STRING_LENGTH, typeof SlowBuffer, typeof transcode, isUtf8(Buffer.from('x')), isAscii(Buffer.from('x')), INSPECT_MAX_BYTES);
console.log(new StringDecoder('hex').write(Buffer.from('hi')));
console.log(Buffer.from('esm'), btoa('esm'), atob('ZXNt'));
const nb = new Buffer('deprecated');
console.log(nb.toString(), Buffer(3).length, new Buffer([1, 2]).toString('hex'));
try { new Buffer(3, 'utf8'); } catch (e) { console.log(e.code, e.message); }
