//! Structured clone with V8's serializer (postMessage, structuredClone,
//! BroadcastChannel, advanced IPC).
//!
//! A [`WireMessage`] is the serialized value plus everything that must travel
//! beside the bytes: SharedArrayBuffer backing stores (shared, not copied),
//! transferred ArrayBuffer backing stores (moved: the sender's buffer is
//! detached), MessagePort endpoints and compiled wasm modules. It is `Send`,
//! so it can cross to another isolate's thread.

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::v8;
use deno_core::v8::{ValueDeserializerHelper, ValueSerializerHelper};
use deno_core::{op2, JsRuntime};

use crate::message_port::{self, PortEndpoint};

/// A structured-clone payload that may be sent to another thread.
#[derive(Default)]
pub struct WireMessage {
    /// V8 ValueSerializer bytes (header included).
    pub data: Vec<u8>,
    /// SharedArrayBuffers: shared, not copied. Transfer id = index.
    pub shared: Vec<v8::SharedRef<v8::BackingStore>>,
    /// ArrayBuffers from the transfer list: moved. Transfer id = index.
    pub transferred: Vec<v8::SharedRef<v8::BackingStore>>,
    /// MessagePorts from the transfer list, re-entangled by the receiver.
    pub ports: Vec<PortEndpoint>,
    /// WebAssembly.Module objects.
    pub wasm: Vec<v8::CompiledWasmModule>,
}

impl WireMessage {
    /// A copy for another receiver (BroadcastChannel); only possible for
    /// messages that moved nothing.
    pub fn try_clone(&self) -> Option<WireMessage> {
        if !self.transferred.is_empty() || !self.ports.is_empty() || !self.wasm.is_empty() {
            return None;
        }
        Some(WireMessage {
            data: self.data.clone(),
            shared: self.shared.clone(),
            transferred: Vec::new(),
            ports: Vec::new(),
            wasm: Vec::new(),
        })
    }
}

/// How a value may be serialized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloneMode {
    /// Between isolates of this process: SharedArrayBuffers and wasm modules
    /// are shared.
    InProcess,
    /// To another process (advanced IPC): no shared memory, no wasm modules.
    NoSharedMemory,
}

/// The host-object tag for a MessagePort inside the bytes.
const HOST_PORT: u32 = 1;

/// Private keys (invisible to JS) that mark objects.
fn port_key<'s>(scope: &v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "host.messagePortId").unwrap();
    v8::Private::for_api(scope, Some(name))
}

fn mark_key<'s>(scope: &v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, "host.cloneMark").unwrap();
    v8::Private::for_api(scope, Some(name))
}

/// Mark: `markAsUncloneable`.
pub const MARK_UNCLONEABLE: i32 = 1;
/// Mark: `markAsUntransferable`.
pub const MARK_UNTRANSFERABLE: i32 = 2;

fn read_mark(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>) -> i32 {
    let key = mark_key(scope);
    match obj.get_private(scope, key) {
        Some(v) if v.is_int32() => v.int32_value(scope).unwrap_or(0),
        _ => 0,
    }
}

/// The port id a MessagePort object carries, if it is a live port.
pub fn port_id_of(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>) -> Option<u32> {
    let key = port_key(scope);
    let v = obj.get_private(scope, key)?;
    if v.is_uint32() {
        v.uint32_value(scope)
    } else {
        None
    }
}

/// Whether `obj` is (or was) a MessagePort object.
fn is_port_object(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>) -> bool {
    let key = port_key(scope);
    obj.has_private(scope, key).unwrap_or(false)
}

/// Tie a MessagePort object to its port id (or mark it detached with None).
pub fn set_port_id(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>, id: Option<u32>) {
    let key = port_key(scope);
    let value: v8::Local<v8::Value> = match id {
        Some(id) => v8::Integer::new_from_unsigned(scope, id).into(),
        None => v8::Boolean::new(scope, false).into(),
    };
    obj.set_private(scope, key, value);
}

/// Throw Node's DataCloneError (a DOMException) with `message`.
pub fn throw_data_clone_error(scope: &mut v8::PinScope, message: &str) {
    let msg = v8::String::new(scope, message).unwrap();
    throw_data_clone_error_str(scope, msg);
}

fn throw_data_clone_error_str<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    msg: v8::Local<'s, v8::String>,
) {
    let ctor = {
        let state = JsRuntime::op_state_from(scope);
        let state = state.borrow();
        state
            .try_borrow::<message_port::PortTable>()
            .and_then(|t| t.dom_exception.clone())
    };
    if let Some(ctor) = ctor {
        let ctor = v8::Local::new(scope, ctor);
        let name = v8::String::new(scope, "DataCloneError").unwrap();
        if let Some(err) = ctor.new_instance(scope, &[msg.into(), name.into()]) {
            scope.throw_exception(err.into());
            return;
        }
        if scope.is_execution_terminating() {
            return;
        }
    }
    let err = v8::Exception::error(scope, msg);
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(err) {
        let k = v8::String::new(scope, "name").unwrap();
        let v = v8::String::new(scope, "DataCloneError").unwrap();
        obj.set(scope, k.into(), v.into());
    }
    scope.throw_exception(err);
}

struct SerDelegate {
    mode: CloneMode,
    /// The port and mark keys, looked up once per message: V8 asks about
    /// every plain object of it.
    port_key: v8::Global<v8::Private>,
    mark_key: v8::Global<v8::Private>,
    shared: Rc<RefCell<Vec<v8::SharedRef<v8::BackingStore>>>>,
    wasm: Rc<RefCell<Vec<v8::CompiledWasmModule>>>,
    /// Ids of the ports in the transfer list, in order.
    ports: Vec<u32>,
}

impl v8::ValueSerializerImpl for SerDelegate {
    fn throw_data_clone_error<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        message: v8::Local<'s, v8::String>,
    ) {
        throw_data_clone_error_str(scope, message);
    }

    fn has_custom_host_object(&self, _isolate: &v8::Isolate) -> bool {
        true
    }

    fn is_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
    ) -> Option<bool> {
        let port_key = v8::Local::new(scope, &self.port_key);
        if object.has_private(scope, port_key) == Some(true) {
            return Some(true);
        }
        let mark_key = v8::Local::new(scope, &self.mark_key);
        let uncloneable = object
            .get_private(scope, mark_key)
            .is_some_and(|v| v.is_int32() && v.int32_value(scope) == Some(MARK_UNCLONEABLE));
        Some(uncloneable)
    }

    fn write_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        object: v8::Local<'s, v8::Object>,
        serializer: &dyn ValueSerializerHelper,
    ) -> Option<bool> {
        if is_port_object(scope, object) {
            if let Some(id) = port_id_of(scope, object) {
                if let Some(index) = self.ports.iter().position(|p| *p == id) {
                    serializer.write_uint32(HOST_PORT);
                    serializer.write_uint32(index as u32);
                    return Some(true);
                }
            }
            throw_data_clone_error(
                scope,
                "Object that needs transfer was found in message but not listed in transferList",
            );
            return None;
        }
        throw_data_clone_error(scope, "Cannot clone object of unsupported type.");
        None
    }

    fn get_shared_array_buffer_id<'s>(
        &self,
        _scope: &mut v8::PinScope<'s, '_>,
        sab: v8::Local<'s, v8::SharedArrayBuffer>,
    ) -> Option<u32> {
        if self.mode == CloneMode::NoSharedMemory {
            return None; // V8 throws its DataCloneError
        }
        let mut list = self.shared.borrow_mut();
        list.push(sab.get_backing_store());
        Some((list.len() - 1) as u32)
    }

    fn get_wasm_module_transfer_id(
        &self,
        scope: &mut v8::PinScope<'_, '_>,
        module: v8::Local<v8::WasmModuleObject>,
    ) -> Option<u32> {
        if self.mode == CloneMode::NoSharedMemory {
            throw_data_clone_error(
                scope,
                "WebAssembly.Module cannot be cloned to another process.",
            );
            return None;
        }
        let mut list = self.wasm.borrow_mut();
        list.push(module.get_compiled_module());
        Some((list.len() - 1) as u32)
    }
}

struct DeDelegate {
    shared: Vec<v8::SharedRef<v8::BackingStore>>,
    wasm: Vec<v8::CompiledWasmModule>,
    ports: Vec<v8::Global<v8::Object>>,
}

impl v8::ValueDeserializerImpl for DeDelegate {
    fn read_host_object<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        deserializer: &dyn ValueDeserializerHelper,
    ) -> Option<v8::Local<'s, v8::Object>> {
        let mut tag = 0;
        let mut index = 0;
        if deserializer.read_uint32(&mut tag)
            && tag == HOST_PORT
            && deserializer.read_uint32(&mut index)
        {
            if let Some(port) = self.ports.get(index as usize) {
                return Some(v8::Local::new(scope, port));
            }
        }
        throw_data_clone_error(scope, "Unable to deserialize cloned data.");
        None
    }

    fn get_shared_array_buffer_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        transfer_id: u32,
    ) -> Option<v8::Local<'s, v8::SharedArrayBuffer>> {
        let store = self.shared.get(transfer_id as usize)?;
        Some(v8::SharedArrayBuffer::with_backing_store(scope, store))
    }

    fn get_wasm_module_from_id<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        clone_id: u32,
    ) -> Option<v8::Local<'s, v8::WasmModuleObject>> {
        let module = self.wasm.get(clone_id as usize)?;
        v8::WasmModuleObject::from_compiled_module(scope, module)
    }
}

/// The transfer list, validated: ArrayBuffers to move, ports to move.
pub struct TransferList<'s> {
    pub buffers: Vec<v8::Local<'s, v8::ArrayBuffer>>,
    pub ports: Vec<(v8::Local<'s, v8::Object>, u32)>,
}

/// Read a transfer list (a JS array, or undefined/null). `source_port` is
/// the port being posted on, which may not transfer itself. `None` means a
/// DataCloneError is pending.
pub fn read_transfer_list<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    list: Option<v8::Local<'s, v8::Value>>,
    source_port: Option<u32>,
) -> Option<TransferList<'s>> {
    let mut out = TransferList {
        buffers: Vec::new(),
        ports: Vec::new(),
    };
    let Some(list) = list else { return Some(out) };
    if list.is_null_or_undefined() {
        return Some(out);
    }
    let Ok(array) = v8::Local::<v8::Array>::try_from(list) else {
        throw_data_clone_error(scope, "Found invalid value in transferList.");
        return None;
    };
    for i in 0..array.length() {
        let item = array.get_index(scope, i)?;
        if let Ok(ab) = v8::Local::<v8::ArrayBuffer>::try_from(item) {
            let obj: v8::Local<v8::Object> = ab.into();
            if read_mark(scope, obj) == MARK_UNTRANSFERABLE || !ab.is_detachable() {
                throw_data_clone_error(scope, "Cannot transfer object of unsupported type.");
                return None;
            }
            if out.buffers.iter().any(|b| b.strict_equals(item)) {
                throw_data_clone_error(scope, "Transfer list contains duplicate ArrayBuffer");
                return None;
            }
            if ab.was_detached() {
                throw_data_clone_error(
                    scope,
                    "An ArrayBuffer is detached and could not be cloned.",
                );
                return None;
            }
            out.buffers.push(ab);
            continue;
        }
        if let Ok(obj) = v8::Local::<v8::Object>::try_from(item) {
            if is_port_object(scope, obj) {
                let Some(id) = port_id_of(scope, obj) else {
                    throw_data_clone_error(
                        scope,
                        "MessagePort in transfer list is already detached",
                    );
                    return None;
                };
                if Some(id) == source_port {
                    throw_data_clone_error(scope, "Transfer list contains source port");
                    return None;
                }
                if out.ports.iter().any(|(_, p)| *p == id) {
                    throw_data_clone_error(scope, "Transfer list contains duplicate MessagePort");
                    return None;
                }
                out.ports.push((obj, id));
                continue;
            }
            if read_mark(scope, obj) == MARK_UNTRANSFERABLE {
                throw_data_clone_error(scope, "Cannot transfer object of unsupported type.");
                return None;
            }
        }
        throw_data_clone_error(scope, "Found invalid value in transferList.");
        return None;
    }
    Some(out)
}

/// Serialize `value`. `None`: a JS exception (DataCloneError, a throwing
/// getter, termination) is pending in `scope`; return from the op without
/// another error so it propagates unchanged. Transferred ArrayBuffers are
/// detached and transferred ports leave this isolate only on success.
pub fn serialize_value<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
    transfer: &TransferList<'s>,
    mode: CloneMode,
) -> Option<WireMessage> {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let wasm = Rc::new(RefCell::new(Vec::new()));
    let port_key = port_key(scope);
    let mark_key = mark_key(scope);
    let delegate = SerDelegate {
        mode,
        port_key: v8::Global::new(scope, port_key),
        mark_key: v8::Global::new(scope, mark_key),
        shared: shared.clone(),
        wasm: wasm.clone(),
        ports: transfer.ports.iter().map(|(_, id)| *id).collect(),
    };
    let serializer = v8::ValueSerializer::new(scope, Box::new(delegate));
    serializer.write_header();
    for (id, ab) in transfer.buffers.iter().enumerate() {
        serializer.transfer_array_buffer(id as u32, *ab);
    }
    let context = scope.get_current_context();
    let written = serializer.write_value(context, value);
    if written != Some(true) {
        if written == Some(false) {
            throw_data_clone_error(scope, "The value could not be cloned.");
        }
        return None;
    }
    let data = serializer.release();
    drop(serializer);
    let shared = std::mem::take(&mut *shared.borrow_mut());
    let wasm = std::mem::take(&mut *wasm.borrow_mut());
    let transferred = transfer
        .buffers
        .iter()
        .map(|ab| {
            let store = ab.get_backing_store();
            let _ = ab.detach(None);
            store
        })
        .collect();
    let mut ports = Vec::with_capacity(transfer.ports.len());
    for (obj, id) in &transfer.ports {
        if let Some(endpoint) = message_port::take_port(scope, *id) {
            ports.push(endpoint);
        }
        set_port_id(scope, *obj, None);
    }
    Some(WireMessage {
        data,
        shared,
        transferred,
        ports,
        wasm,
    })
}

/// Deserialize `message` in this isolate: ports are registered here and
/// get their MessagePort objects first.
pub fn deserialize_value<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    message: WireMessage,
) -> Option<v8::Local<'s, v8::Value>> {
    let (value, _ports) = deserialize_with_ports(scope, message)?;
    Some(value)
}

/// Like [`deserialize_value`], also returning the transferred ports' objects.
pub fn deserialize_with_ports<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    message: WireMessage,
) -> Option<(v8::Local<'s, v8::Value>, Vec<v8::Local<'s, v8::Object>>)> {
    let WireMessage {
        data,
        shared,
        transferred,
        ports,
        wasm,
    } = message;
    let mut port_objects = Vec::with_capacity(ports.len());
    for endpoint in ports {
        let obj = message_port::adopt_port(scope, endpoint)?;
        port_objects.push(obj);
    }
    let globals = port_objects
        .iter()
        .map(|o| v8::Global::new(scope, *o))
        .collect();
    let delegate = DeDelegate {
        shared,
        wasm,
        ports: globals,
    };
    // `data` outlives the deserializer (declared before it): V8 reads from it.
    let deserializer = v8::ValueDeserializer::new(scope, Box::new(delegate), &data);
    let context = scope.get_current_context();
    let header = deserializer.read_header(context);
    if header != Some(true) {
        if header == Some(false) {
            throw_data_clone_error(
                scope,
                "Unable to deserialize cloned data due to invalid or unsupported version.",
            );
        }
        return None;
    }
    for (id, store) in transferred.iter().enumerate() {
        let ab = v8::ArrayBuffer::with_backing_store(scope, store);
        deserializer.transfer_array_buffer(id as u32, ab);
    }
    let value = deserializer.read_value(context)?;
    Some((value, port_objects))
}

/// `markAsUncloneable` / `markAsUntransferable`.
#[op2(fast)]
fn op_serialize_mark(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>, #[smi] mark: i32) {
    let key = mark_key(scope);
    let value = v8::Integer::new(scope, mark);
    obj.set_private(scope, key, value.into());
}

/// `isMarkedAsUntransferable` and friends.
#[op2(fast)]
fn op_serialize_is_marked(
    scope: &mut v8::PinScope,
    obj: v8::Local<v8::Object>,
    #[smi] mark: i32,
) -> bool {
    read_mark(scope, obj) == mark
}

/// `structuredClone(value, { transfer })` in this isolate.
#[op2(reentrant)]
fn op_host_structured_clone<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
    transfer: Option<v8::Local<'s, v8::Value>>,
) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let Some(list) = read_transfer_list(scope, transfer, None) else {
        return undefined;
    };
    let Some(message) = serialize_value(scope, value, &list, CloneMode::InProcess) else {
        return undefined;
    };
    deserialize_value(scope, message).unwrap_or(undefined)
}

deno_core::extension!(
    host_serialize,
    ops = [
        op_serialize_mark,
        op_serialize_is_marked,
        op_host_structured_clone
    ],
);
