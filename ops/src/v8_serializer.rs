//! Node's value serialization: `v8.serialize()`/`v8.deserialize()` and
//! `serialization: 'advanced'` IPC. V8's ValueSerializer format, with
//! ArrayBufferViews written as host objects the way Node's
//! DefaultSerializer writes them (u32 type index, u32 byte length, raw
//! bytes; Buffer is type 10), preceded by a u32 tag (0) in the IPC variant
//! (Node's ChildProcessSerializer). Byte-compatible with Node.

use deno_core::v8;
use deno_core::v8::{ValueDeserializerHelper, ValueSerializerHelper};
use deno_core::{op2, JsBuffer};

const TYPES: [&str; 13] = [
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "DataView",
    "Buffer",
    "BigInt64Array",
    "BigUint64Array",
];
const BUFFER_INDEX: u32 = 10;

fn global_get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    name: &str,
) -> Option<v8::Local<'s, v8::Value>> {
    let global = scope.get_current_context().global(scope);
    let key = v8::String::new(scope, name)?;
    global.get(scope, key.into())
}

fn view_type_index(scope: &mut v8::PinScope<'_, '_>, view: v8::Local<v8::Object>) -> Option<u32> {
    let key = v8::String::new(scope, "constructor")?;
    let ctor = view.get(scope, key.into())?;
    if let Some(buffer) = global_get(scope, "Buffer") {
        if ctor.strict_equals(buffer) {
            return Some(BUFFER_INDEX);
        }
    }
    let v: v8::Local<v8::Value> = view.into();
    let index = if v.is_int8_array() {
        0
    } else if v.is_uint8_array() {
        1
    } else if v.is_uint8_clamped_array() {
        2
    } else if v.is_int16_array() {
        3
    } else if v.is_uint16_array() {
        4
    } else if v.is_int32_array() {
        5
    } else if v.is_uint32_array() {
        6
    } else if v.is_float32_array() {
        7
    } else if v.is_float64_array() {
        8
    } else if v.is_data_view() {
        9
    } else if v.is_big_int64_array() {
        11
    } else if v.is_big_uint64_array() {
        12
    } else {
        return None;
    };
    Some(index)
}

struct SerDelegate {
    ipc_tags: bool,
}

impl v8::ValueSerializerImpl for SerDelegate {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        let error = v8::Exception::error(scope, message);
        scope.throw_exception(error);
    }

    fn has_custom_host_object(&self, _isolate: &v8::Isolate) -> bool {
        false
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        ser: &dyn ValueSerializerHelper,
    ) -> Option<bool> {
        let Ok(view) = v8::Local::<v8::ArrayBufferView>::try_from(object) else {
            let msg = v8::String::new(scope, "Unserializable host object")?;
            self.throw_data_clone_error(scope, msg);
            return None;
        };
        let Some(index) = view_type_index(scope, object) else {
            let msg = v8::String::new(scope, "Unserializable host object")?;
            self.throw_data_clone_error(scope, msg);
            return None;
        };
        if self.ipc_tags {
            ser.write_uint32(0);
        }
        let len = view.byte_length();
        ser.write_uint32(index);
        ser.write_uint32(len as u32);
        let mut bytes = vec![0u8; len];
        view.copy_contents(&mut bytes);
        ser.write_raw_bytes(&bytes);
        Some(true)
    }
}

struct DeDelegate {
    ipc_tags: bool,
}

impl v8::ValueDeserializerImpl for DeDelegate {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        de: &dyn ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let fail = |scope: &mut v8::PinScope<'s, '_>, text: &str| {
            if let Some(msg) = v8::String::new(scope, text) {
                let exc = v8::Exception::error(scope, msg);
                scope.throw_exception(exc);
            }
            None
        };
        if self.ipc_tags {
            let mut tag = 0u32;
            if !de.read_uint32(&mut tag) {
                return fail(scope, "Unable to deserialize cloned data.");
            }
            if tag != 0 {
                let context = scope.get_current_context();
                let value = de.read_value(context)?;
                return v8::Local::<v8::Object>::try_from(value).ok();
            }
        }
        let (mut index, mut len) = (0u32, 0u32);
        if !de.read_uint32(&mut index) || !de.read_uint32(&mut len) {
            return fail(scope, "Unable to deserialize cloned data.");
        }
        let Some(bytes) = de.read_raw_bytes(len as usize) else {
            return fail(scope, "Unable to deserialize cloned data.");
        };
        let Some(name) = TYPES.get(index as usize) else {
            return fail(scope, "Unable to deserialize cloned data.");
        };
        let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes.to_vec()).make_shared();
        let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
        let len = len as usize;
        let view: v8::Local<v8::Object> = match *name {
            "Int8Array" => v8::Int8Array::new(scope, buffer, 0, len)?.into(),
            "Uint8Array" => v8::Uint8Array::new(scope, buffer, 0, len)?.into(),
            "Uint8ClampedArray" => v8::Uint8ClampedArray::new(scope, buffer, 0, len)?.into(),
            "Int16Array" => v8::Int16Array::new(scope, buffer, 0, len / 2)?.into(),
            "Uint16Array" => v8::Uint16Array::new(scope, buffer, 0, len / 2)?.into(),
            "Int32Array" => v8::Int32Array::new(scope, buffer, 0, len / 4)?.into(),
            "Uint32Array" => v8::Uint32Array::new(scope, buffer, 0, len / 4)?.into(),
            "Float32Array" => v8::Float32Array::new(scope, buffer, 0, len / 4)?.into(),
            "Float64Array" => v8::Float64Array::new(scope, buffer, 0, len / 8)?.into(),
            "DataView" => v8::DataView::new(scope, buffer, 0, len).into(),
            "BigInt64Array" => v8::BigInt64Array::new(scope, buffer, 0, len / 8)?.into(),
            "BigUint64Array" => v8::BigUint64Array::new(scope, buffer, 0, len / 8)?.into(),
            _ => {
                // Buffer: a Uint8Array with Buffer.prototype, as Node's FastBuffer.
                let u8a: v8::Local<v8::Object> = v8::Uint8Array::new(scope, buffer, 0, len)?.into();
                if let Some(ctor) = global_get(scope, "Buffer")
                    .and_then(|b| v8::Local::<v8::Object>::try_from(b).ok())
                {
                    let key = v8::String::new(scope, "prototype")?;
                    if let Some(proto) = ctor.get(scope, key.into()) {
                        u8a.set_prototype(scope, proto);
                    }
                }
                u8a
            }
        };
        Some(view)
    }
}

/// Serialize `value` as Node does; None when an exception is pending.
pub fn serialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
    ipc_tags: bool,
) -> Option<Vec<u8>> {
    let ser = v8::ValueSerializer::new(scope, Box::new(SerDelegate { ipc_tags }));
    ser.set_treat_array_buffer_views_as_host_objects(true);
    ser.write_header();
    let context = scope.get_current_context();
    if ser.write_value(context, value) != Some(true) {
        return None;
    }
    let mut bytes = ser.release();
    // This V8 writes wire format 16; Node 24's V8 reads up to 15, and the
    // encodings Node exchanges are the same in both, so announce 15.
    if bytes.len() > 1 && bytes[0] == 0xff && bytes[1] == 16 {
        bytes[1] = NODE_WIRE_FORMAT;
    }
    Some(bytes)
}

/// The serializer wire-format version Node 24 writes and reads.
const NODE_WIRE_FORMAT: u8 = 15;

/// Deserialize bytes made by [`serialize`] (or by Node).
pub fn deserialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    data: &[u8],
    ipc_tags: bool,
) -> Option<v8::Local<'s, v8::Value>> {
    let de = v8::ValueDeserializer::new(scope, Box::new(DeDelegate { ipc_tags }), data);
    let context = scope.get_current_context();
    if de.read_header(context) != Some(true) {
        if let Some(msg) = v8::String::new(
            scope,
            "Unable to deserialize cloned data due to invalid or unsupported version.",
        ) {
            let exc = v8::Exception::error(scope, msg);
            scope.throw_exception(exc);
        }
        return None;
    }
    de.read_value(context)
}

/// `v8.serialize(value)` (ipc=false) or one advanced IPC frame, length
/// prefix included (ipc=true).
#[op2(reentrant)]
#[buffer]
fn op_v8_serialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
    ipc: bool,
) -> Option<Vec<u8>> {
    let payload = serialize(scope, value, ipc)?;
    if !ipc {
        return Some(payload);
    }
    let mut framed = Vec::with_capacity(payload.len() + 4);
    framed.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    framed.extend_from_slice(&payload);
    Some(framed)
}

/// `v8.deserialize(buffer)` (ipc=false) or one advanced IPC payload
/// without its length prefix (ipc=true).
#[op2(reentrant)]
fn op_v8_deserialize<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] data: JsBuffer,
    ipc: bool,
) -> v8::Local<'s, v8::Value> {
    let bytes = data.to_vec();
    deserialize(scope, &bytes, ipc).unwrap_or_else(|| v8::undefined(scope).into())
}

/// V8's heap statistics for `v8.getHeapStatistics()`.
#[op2]
#[serde]
fn op_v8_heap_statistics(
    scope: &mut v8::PinScope<'_, '_>,
) -> std::collections::HashMap<&'static str, f64> {
    let s = scope.get_heap_statistics();
    let mut m = std::collections::HashMap::new();
    m.insert("total_heap_size", s.total_heap_size() as f64);
    m.insert(
        "total_heap_size_executable",
        s.total_heap_size_executable() as f64,
    );
    m.insert("total_physical_size", s.total_physical_size() as f64);
    m.insert("total_available_size", s.total_available_size() as f64);
    m.insert("used_heap_size", s.used_heap_size() as f64);
    m.insert("heap_size_limit", s.heap_size_limit() as f64);
    m.insert("malloced_memory", s.malloced_memory() as f64);
    m.insert("peak_malloced_memory", s.peak_malloced_memory() as f64);
    m.insert(
        "does_zap_garbage",
        if s.does_zap_garbage() { 1.0 } else { 0.0 },
    );
    m.insert(
        "number_of_native_contexts",
        s.number_of_native_contexts() as f64,
    );
    m.insert(
        "number_of_detached_contexts",
        s.number_of_detached_contexts() as f64,
    );
    m.insert(
        "total_global_handles_size",
        s.total_global_handles_size() as f64,
    );
    m.insert(
        "used_global_handles_size",
        s.used_global_handles_size() as f64,
    );
    m.insert("external_memory", s.external_memory() as f64);
    m
}

/// One entry of `v8.getHeapSpaceStatistics()`.
#[derive(serde::Serialize)]
struct HeapSpace {
    space_name: String,
    space_size: f64,
    space_used_size: f64,
    space_available_size: f64,
    physical_space_size: f64,
}

/// `v8.getHeapSpaceStatistics()`.
#[op2]
#[serde]
fn op_v8_heap_space_statistics(scope: &mut v8::PinScope<'_, '_>) -> Vec<HeapSpace> {
    (0..scope.number_of_heap_spaces())
        .filter_map(|i| scope.get_heap_space_statistics(i))
        .map(|s| HeapSpace {
            space_name: s.space_name().to_string_lossy().into_owned(),
            space_size: s.space_size() as f64,
            space_used_size: s.space_used_size() as f64,
            space_available_size: s.space_available_size() as f64,
            physical_space_size: s.physical_space_size() as f64,
        })
        .collect()
}

/// `v8.getHeapCodeStatistics()`: code, bytecode, script source and
/// profiler metadata sizes.
#[op2]
#[serde]
fn op_v8_heap_code_statistics(scope: &mut v8::PinScope<'_, '_>) -> Vec<f64> {
    match scope.get_heap_code_and_metadata_statistics() {
        Some(s) => vec![
            s.code_and_metadata_size() as f64,
            s.bytecode_and_metadata_size() as f64,
            s.external_script_source_size() as f64,
            s.cpu_profiler_metadata_size() as f64,
        ],
        None => vec![0.0; 4],
    }
}

/// A heap snapshot of this isolate, as the JSON bytes DevTools reads.
#[op2]
#[buffer]
fn op_v8_heap_snapshot(scope: &mut v8::PinScope<'_, '_>) -> Vec<u8> {
    let mut out = Vec::new();
    scope.take_heap_snapshot(|chunk| {
        out.extend_from_slice(chunk);
        true
    });
    out
}

deno_core::extension!(
    host_v8_serializer,
    ops = [
        op_v8_serialize,
        op_v8_deserialize,
        op_v8_heap_statistics,
        op_v8_heap_space_statistics,
        op_v8_heap_code_statistics,
        op_v8_heap_snapshot,
    ]
);
