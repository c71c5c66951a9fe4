// node:stream/consumers -- read a whole stream (or any async iterable) into
// one value: text, json, bytes, buffer, arrayBuffer or blob.
import { Blob, Buffer } from "ext:host/buffer.js";
import { codes } from "ext:host/internal/errors.js";

async function collect(stream) {
  const parts = [];
  let size = 0;
  for await (const chunk of stream) {
    let bytes;
    if (typeof chunk === "string") {
      bytes = Buffer.from(chunk, "utf8");
    } else if (ArrayBuffer.isView(chunk)) {
      bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (chunk instanceof ArrayBuffer || chunk instanceof SharedArrayBuffer) {
      bytes = new Uint8Array(chunk);
    } else {
      bytes = Buffer.from(`${chunk}`, "utf8");
    }
    parts.push(bytes);
    size += bytes.byteLength;
  }
  return { parts, size };
}

function join({ parts, size }) {
  const out = new Uint8Array(size);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.byteLength;
  }
  return out;
}

export async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

export async function arrayBuffer(stream) {
  return join(await collect(stream)).buffer;
}

export async function bytes(stream) {
  return join(await collect(stream));
}

export async function buffer(stream) {
  const u8 = join(await collect(stream));
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

export async function text(stream) {
  const decoder = new TextDecoder();
  let str = "";
  for await (const chunk of stream) {
    if (typeof chunk === "string") {
      str += chunk;
    } else {
      if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) && !(chunk instanceof SharedArrayBuffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE("input", ["ArrayBuffer", "ArrayBufferView"], chunk);
      }
      str += decoder.decode(chunk, { stream: true });
    }
  }
  str += decoder.decode(undefined, { stream: false });
  return str;
}

export async function json(stream) {
  return JSON.parse(await text(stream));
}

export default { arrayBuffer, blob, buffer, bytes, text, json };
