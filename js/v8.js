// node:v8 - serialization in Node's format, heap statistics.
import {
  op_v8_deserialize,
  op_v8_heap_code_statistics,
  op_v8_heap_snapshot,
  op_v8_heap_space_statistics,
  op_v8_heap_statistics,
  op_v8_serialize,
} from "ext:core/ops";
import { Buffer } from "ext:host/buffer.js";
import { codes } from "ext:host/internal/errors.js";
import fs from "ext:host/fs.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { threadState } from "ext:host/internal/worker/bootstrap.js";

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** v8.serialize(value): Node's DefaultSerializer bytes. */
export function serialize(value) {
  return toBuffer(op_v8_serialize(value, false));
}

/** v8.deserialize(buffer). */
export function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], buffer);
  }
  return op_v8_deserialize(buffer, false);
}

export function getHeapStatistics() {
  const s = op_v8_heap_statistics();
  return {
    total_heap_size: s.total_heap_size,
    total_heap_size_executable: s.total_heap_size_executable,
    total_physical_size: s.total_physical_size,
    total_available_size: s.total_available_size,
    used_heap_size: s.used_heap_size,
    heap_size_limit: s.heap_size_limit,
    malloced_memory: s.malloced_memory,
    peak_malloced_memory: s.peak_malloced_memory,
    does_zap_garbage: s.does_zap_garbage,
    number_of_native_contexts: s.number_of_native_contexts,
    number_of_detached_contexts: s.number_of_detached_contexts,
    total_global_handles_size: s.total_global_handles_size,
    used_global_handles_size: s.used_global_handles_size,
    external_memory: s.external_memory,
  };
}

export function getHeapSpaceStatistics() {
  return op_v8_heap_space_statistics().map((space) => ({ ...space }));
}

export function getHeapCodeStatistics() {
  const [code, bytecode, source, profiler] = op_v8_heap_code_statistics();
  return {
    code_and_metadata_size: code,
    bytecode_and_metadata_size: bytecode,
    external_script_source_size: source,
    cpu_profiler_metadata_size: profiler,
  };
}

const kSnapshotChunk = 65536;

/** A Readable of heap snapshot JSON in 64 KiB Buffers, as Node's. */
export class HeapSnapshotStream extends Readable {
  constructor(bytes) {
    super({ autoDestroy: true });
    this._bytes = bytes;
    this._offset = 0;
  }

  _read() {
    const bytes = this._bytes;
    if (this._offset >= bytes.length) {
      this._bytes = null;
      this.push(null);
      return;
    }
    const end = Math.min(this._offset + kSnapshotChunk, bytes.length);
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + this._offset, end - this._offset);
    this._offset = end;
    this.push(chunk);
  }
}

function validateSnapshotOptions(options) {
  if (options === undefined) return;
  if (options === null || typeof options !== "object") {
    throw new codes.ERR_INVALID_ARG_TYPE("options", "object", options);
  }
  for (const key of ["exposeInternals", "exposeNumericValues"]) {
    if (options[key] !== undefined && typeof options[key] !== "boolean") {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${key}`, "boolean", options[key]);
    }
  }
}

/** v8.getHeapSnapshot([options]): this isolate's heap as a Readable. */
export function getHeapSnapshot(options) {
  validateSnapshotOptions(options);
  return new HeapSnapshotStream(op_v8_heap_snapshot());
}

let snapshotSeq = 0;

function snapshotFileName() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  const date = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}`;
  const time = `${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  const seq = String(++snapshotSeq).padStart(3, "0");
  return `Heap.${date}.${time}.${globalThis.process.pid}.${threadState.threadId}.${seq}.heapsnapshot`;
}

/** v8.writeHeapSnapshot([filename[, options]]): returns the file name. */
export function writeHeapSnapshot(filename, options) {
  if (filename !== undefined && typeof filename !== "string") {
    throw new codes.ERR_INVALID_ARG_TYPE("path", ["string", "Buffer", "URL"], filename);
  }
  validateSnapshotOptions(options);
  const name = filename ?? snapshotFileName();
  fs.writeFileSync(name, op_v8_heap_snapshot());
  return name;
}

// Node's stream-style Serializer/Deserializer over whole values: enough for
// code that writes one value and releases the buffer.
export class Serializer {
  constructor() {
    this._values = [];
  }
  writeHeader() {}
  writeValue(value) {
    this._values.push(value);
    return true;
  }
  releaseBuffer() {
    const value = this._values.length === 1 ? this._values[0] : this._values;
    this._values = [];
    return serialize(value);
  }
}
export class DefaultSerializer extends Serializer {}

export class Deserializer {
  constructor(buffer) {
    this.buffer = buffer;
  }
  readHeader() {
    return true;
  }
  readValue() {
    return deserialize(this.buffer);
  }
}
export class DefaultDeserializer extends Deserializer {}

const v8 = {
  serialize,
  deserialize,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getHeapSnapshot,
  writeHeapSnapshot,
  cachedDataVersionTag: () => 0,
  setFlagsFromString() {},
  setHeapSnapshotNearHeapLimit() {},
  isStringOneByteRepresentation: (s) => !/[^\u0000-\u00ff]/.test(s),
};
export default v8;
