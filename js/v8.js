// node:v8 - serialization in Node's format, heap statistics.
import { op_v8_deserialize, op_v8_heap_statistics, op_v8_serialize } from "ext:core/ops";
import { Buffer } from "ext:host/buffer.js";
import { codes } from "ext:host/internal/errors.js";

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
  getHeapSpaceStatistics: () => [],
  getHeapCodeStatistics: () => ({ code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 }),
  cachedDataVersionTag: () => 0,
  setFlagsFromString() {},
  setHeapSnapshotNearHeapLimit() {},
  isStringOneByteRepresentation: (s) => !/[^\u0000-\u00ff]/.test(s),
};
export default v8;
