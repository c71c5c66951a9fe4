//! node:vm: V8 contexts whose global object forwards to a "sandbox" object
//! (named and indexed interceptors on the new global), scripts compiled once
//! as context-independent `UnboundScript`s and run in any context, V8 code
//! cache, `compileFunction`, and the `timeout` run option (a watchdog thread
//! that terminates execution).
//!
//! A contextified object carries, under a private key, an object created in
//! its context; the context is that object's creation context
//! ([`context_of`]).

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use deno_core::{op2, v8, GarbageCollected};

const CONTEXT_KEY: &str = "host.vm.context";
const DECORATED_KEY: &str = "host.vm.decorated";
const OWN_QUEUE_KEY: &str = "host.vm.ownMicrotaskQueue";
const NO_WASM_KEY: &str = "host.vm.noWasm";

// deno_core keeps its per-context state and module map as raw pointers in
// these embedder slots of the main context (runtime/jsrealm.rs:41-42). Its
// callbacks (promise rejections, dynamic import, stack traces) read them from
// whatever context is current, so a vm context shares the main context's.
const DENO_CORE_SLOTS: [i32; 2] = [1, 2];

fn private_key<'s>(scope: &mut v8::PinScope<'s, '_>, name: &str) -> v8::Local<'s, v8::Private> {
    let name = v8::String::new(scope, name).unwrap();
    v8::Private::for_api(scope, Some(name))
}

/// The vm context of a contextified object (a sandbox passed to
/// `vm.createContext`, or the global of a `DONT_CONTEXTIFY` context).
pub fn context_of<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Context>> {
    let object = v8::Local::<v8::Object>::try_from(object).ok()?;
    let key = private_key(scope, CONTEXT_KEY);
    let marker = object.get_private(scope, key)?;
    let marker = v8::Local::<v8::Object>::try_from(marker).ok()?;
    marker.get_creation_context(scope)
}

// ---- interceptors on a contextified global -------------------------------

/// The sandbox and the context's global proxy, from the interceptor data.
fn parts<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::PropertyCallbackArguments<'s>,
) -> Option<(v8::Local<'s, v8::Object>, v8::Local<'s, v8::Value>)> {
    let data = v8::Local::<v8::Array>::try_from(args.data()).ok()?;
    let sandbox = data.get_index(scope, 0)?;
    let sandbox = v8::Local::<v8::Object>::try_from(sandbox).ok()?;
    let proxy = data.get_index(scope, 1)?;
    Some((sandbox, proxy))
}

fn get_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: &v8::PropertyCallbackArguments<'s>,
    rv: &mut v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some((sandbox, proxy)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    // The sandbox (with what it inherits) first, then the real global.
    match sandbox.get_real_named_property(scope, key) {
        Some(value) => {
            if value.strict_equals(sandbox.into()) {
                rv.set(proxy);
            } else {
                rv.set(value);
            }
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kNo,
    }
}

fn set_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    value: v8::Local<'s, v8::Value>,
    args: &v8::PropertyCallbackArguments<'s>,
) -> v8::Intercepted {
    let Some((sandbox, _)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    let global = args.holder();
    let on_global = global.get_real_named_property_attributes(scope, key);
    let on_sandbox = sandbox.get_real_named_property_attributes(scope, key);
    let declared_on_sandbox = on_sandbox.is_some();
    let read_only =
        on_global.is_some_and(|a| a.is_read_only()) || on_sandbox.is_some_and(|a| a.is_read_only());
    if read_only {
        return v8::Intercepted::kNo;
    }
    // Node leaves a strict-mode `x = 1` to an undeclared name alone (V8
    // then throws a ReferenceError) but stores `this.x = 1`; the callback
    // cannot tell the two apart here (no receiver), so both reach the
    // sandbox, and V8 still throws for the first.
    if sandbox.set(scope, key.into(), value).is_none() {
        return v8::Intercepted::kYes; // the sandbox's setter threw
    }
    // An accessor of the sandbox has run: done (the global may have a copy
    // of it, from a defineProperty, that must not run a second time).
    // Otherwise let V8 store on the real global too, as Node does.
    if declared_on_sandbox && is_own_accessor(scope, sandbox, key) {
        return v8::Intercepted::kYes;
    }
    v8::Intercepted::kNo
}

fn is_own_accessor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<'s, v8::Object>,
    key: v8::Local<'s, v8::Name>,
) -> bool {
    let Some(desc) = object.get_own_property_descriptor(scope, key) else {
        return false;
    };
    let Ok(desc) = v8::Local::<v8::Object>::try_from(desc) else {
        return false;
    };
    ["get", "set"].into_iter().any(|name| {
        let name = v8::String::new(scope, name).unwrap();
        desc.has_own_property(scope, name.into()) == Some(true)
    })
}

fn query_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: &v8::PropertyCallbackArguments<'s>,
    rv: &mut v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    let Some((sandbox, _)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    // Answer for the real global too: V8 then routes later stores to the
    // name (strict-mode `v = 1` to a declared var) through the setter.
    let attrs = sandbox
        .get_real_named_property_attributes(scope, key)
        .or_else(|| args.holder().get_real_named_property_attributes(scope, key));
    match attrs {
        Some(attrs) => {
            rv.set_int32(attrs.as_u32() as i32);
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kNo,
    }
}

fn delete_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: &v8::PropertyCallbackArguments<'s>,
    rv: &mut v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let Some((sandbox, _)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    match sandbox.delete(scope, key.into()) {
        // deleted (or absent): let V8 delete the global's own copy too
        Some(true) => v8::Intercepted::kNo,
        Some(false) => {
            rv.set_bool(false);
            v8::Intercepted::kYes
        }
        None => v8::Intercepted::kYes,
    }
}

fn define_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    desc: &v8::PropertyDescriptor,
    args: &v8::PropertyCallbackArguments<'s>,
) -> v8::Intercepted {
    let Some((sandbox, _)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    let global = args.holder();
    if global
        .get_real_named_property_attributes(scope, key)
        .is_some_and(|a| a.is_read_only() && a.is_dont_delete())
    {
        return v8::Intercepted::kNo;
    }
    if sandbox.define_property(scope, key, desc).is_none() {
        return v8::Intercepted::kYes; // threw
    }
    v8::Intercepted::kNo
}

fn descriptor_impl<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: &v8::PropertyCallbackArguments<'s>,
    rv: &mut v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let Some((sandbox, _)) = parts(scope, args) else {
        return v8::Intercepted::kNo;
    };
    if sandbox.has_real_named_property(scope, key) != Some(true) {
        return v8::Intercepted::kNo;
    }
    match sandbox.get_own_property_descriptor(scope, key) {
        Some(desc) if !desc.is_undefined() => {
            rv.set(desc);
            v8::Intercepted::kYes
        }
        _ => v8::Intercepted::kNo,
    }
}

fn own_keys<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: &v8::PropertyCallbackArguments<'s>,
    indices: bool,
) -> Option<v8::Local<'s, v8::Array>> {
    let (sandbox, _) = parts(scope, args)?;
    let names = sandbox.get_property_names(
        scope,
        v8::GetPropertyNamesArgs {
            mode: v8::KeyCollectionMode::OwnOnly,
            property_filter: v8::PropertyFilter::ALL_PROPERTIES,
            index_filter: if indices {
                v8::IndexFilter::IncludeIndices
            } else {
                v8::IndexFilter::SkipIndices
            },
            key_conversion: if indices {
                v8::KeyConversionMode::KeepNumbers
            } else {
                v8::KeyConversionMode::ConvertToString
            },
        },
    )?;
    if !indices {
        return Some(names);
    }
    let mut out = Vec::new();
    for i in 0..names.length() {
        if let Some(name) = names.get_index(scope, i) {
            if name.is_number() {
                out.push(name);
            }
        }
    }
    Some(v8::Array::new_with_elements(scope, &out))
}

fn named_getter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    get_impl(scope, key, &args, &mut rv)
}

fn named_setter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    value: v8::Local<'s, v8::Value>,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<()>,
) -> v8::Intercepted {
    set_impl(scope, key, value, &args)
}

fn named_query<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    query_impl(scope, key, &args, &mut rv)
}

fn named_deleter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    delete_impl(scope, key, &args, &mut rv)
}

fn named_definer<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    desc: &v8::PropertyDescriptor,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<()>,
) -> v8::Intercepted {
    define_impl(scope, key, desc, &args)
}

fn named_descriptor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    key: v8::Local<'s, v8::Name>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    descriptor_impl(scope, key, &args, &mut rv)
}

fn named_enumerator<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Array>,
) {
    if let Some(keys) = own_keys(scope, &args, false) {
        rv.set(keys);
    }
}

fn index_key<'s>(scope: &mut v8::PinScope<'s, '_>, index: u32) -> v8::Local<'s, v8::Name> {
    v8::Integer::new_from_unsigned(scope, index)
        .to_string(scope)
        .unwrap()
        .into()
}

fn indexed_getter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    get_impl(scope, key, &args, &mut rv)
}

fn indexed_setter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    value: v8::Local<'s, v8::Value>,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<()>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    set_impl(scope, key, value, &args)
}

fn indexed_query<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Integer>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    query_impl(scope, key, &args, &mut rv)
}

fn indexed_deleter<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Boolean>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    delete_impl(scope, key, &args, &mut rv)
}

fn indexed_definer<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    desc: &v8::PropertyDescriptor,
    args: v8::PropertyCallbackArguments<'s>,
    _rv: v8::ReturnValue<()>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    define_impl(scope, key, desc, &args)
}

fn indexed_descriptor<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    index: u32,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Value>,
) -> v8::Intercepted {
    let key = index_key(scope, index);
    descriptor_impl(scope, key, &args, &mut rv)
}

fn indexed_enumerator<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::PropertyCallbackArguments<'s>,
    mut rv: v8::ReturnValue<v8::Array>,
) {
    if let Some(keys) = own_keys(scope, &args, true) {
        rv.set(keys);
    }
}

// ---- contexts -------------------------------------------------------------

/// V8 asks before compiling WebAssembly: refused in contexts created with
/// `codeGeneration: { wasm: false }`.
unsafe extern "C" fn allow_wasm_code_generation(
    context: v8::Local<v8::Context>,
    _source: v8::Local<v8::String>,
) -> bool {
    v8::callback_scope!(unsafe scope, context);
    let key = private_key(scope, NO_WASM_KEY);
    context.global(scope).has_private(scope, key) != Some(true)
}

/// Create a context. With an object `sandbox`, its global forwards to the
/// sandbox and the sandbox is marked; otherwise (DONT_CONTEXTIFY) the new
/// global proxy itself is marked and returned. Returns the marked object.
#[op2(reentrant)]
fn op_vm_create_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    sandbox: v8::Local<'s, v8::Value>,
    allow_strings: bool,
    allow_wasm: bool,
    after_evaluate: bool,
) -> v8::Local<'s, v8::Value> {
    let template = v8::ObjectTemplate::new(scope);
    let sandbox = v8::Local::<v8::Object>::try_from(sandbox).ok();
    let data = v8::Array::new(scope, 2);
    if sandbox.is_some() {
        template.set_named_property_handler(
            v8::NamedPropertyHandlerConfiguration::new()
                .getter(named_getter)
                .setter(named_setter)
                .query(named_query)
                .deleter(named_deleter)
                .enumerator(named_enumerator)
                .definer(named_definer)
                .descriptor(named_descriptor)
                .data(data.into()),
        );
        template.set_indexed_property_handler(
            v8::IndexedPropertyHandlerConfiguration::new()
                .getter(indexed_getter)
                .setter(indexed_setter)
                .query(indexed_query)
                .deleter(indexed_deleter)
                .enumerator(indexed_enumerator)
                .definer(indexed_definer)
                .descriptor(indexed_descriptor)
                .data(data.into()),
        );
    }
    // microtaskMode 'afterEvaluate': the context's own queue, run at the end
    // of each evaluation. V8 needs it for as long as the context lives,
    // which nothing tracks: it is leaked.
    let microtask_queue = after_evaluate.then(|| {
        let queue = v8::MicrotaskQueue::new(scope, v8::MicrotasksPolicy::Explicit);
        let ptr = &*queue as *const v8::MicrotaskQueue as *mut v8::MicrotaskQueue;
        std::mem::forget(queue);
        ptr
    });
    let context = v8::Context::new(
        scope,
        v8::ContextOptions {
            global_template: Some(template),
            microtask_queue,
            ..Default::default()
        },
    );
    let main = scope.get_current_context();
    let token = main.get_security_token(scope);
    context.set_security_token(token);
    for slot in DENO_CORE_SLOTS {
        // SAFETY: the pointers stay owned by the main context; they are only
        // read (and their Rc count bumped) while the isolate is alive.
        unsafe {
            let ptr = main.get_aligned_pointer_from_embedder_data(slot);
            context.set_aligned_pointer_in_embedder_data(slot, ptr);
        }
    }
    if !allow_strings {
        context.set_allow_generation_from_strings(false);
    }
    let proxy = context.global(scope);
    if !allow_wasm {
        let key = private_key(scope, NO_WASM_KEY);
        let t = v8::Boolean::new(scope, true);
        proxy.set_private(scope, key, t.into());
        scope.set_allow_wasm_code_generation_callback(allow_wasm_code_generation);
    }
    if after_evaluate {
        let key = private_key(scope, OWN_QUEUE_KEY);
        let t = v8::Boolean::new(scope, true);
        proxy.set_private(scope, key, t.into());
    }
    data.set_index(scope, 1, proxy.into());
    {
        // Node's contexts have no queueMicrotask (deno_core's V8 flags add
        // it). The interceptors pass through: the sandbox is not set yet.
        let scope = &mut v8::ContextScope::new(scope, context);
        let key = v8::String::new(scope, "queueMicrotask").unwrap();
        proxy.delete(scope, key.into());
    }
    if let Some(sandbox) = sandbox {
        data.set_index(scope, 0, sandbox.into());
    }
    let marker = {
        let scope = &mut v8::ContextScope::new(scope, context);
        v8::Object::new(scope)
    };
    let target: v8::Local<v8::Object> = sandbox.unwrap_or(proxy);
    let key = private_key(scope, CONTEXT_KEY);
    target.set_private(scope, key, marker.into());
    target.into()
}

#[op2(fast)]
fn op_vm_is_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<'s, v8::Value>,
) -> bool {
    context_of(scope, object).is_some()
}

/// The global (proxy) object of a contextified object's context.
#[op2]
fn op_vm_context_global<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    object: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Object>> {
    let context = context_of(scope, object)?;
    Some(context.global(scope))
}

// ---- scripts --------------------------------------------------------------

/// A compiled `vm.Script`, not bound to any context.
pub struct VmScript {
    script: v8::TracedReference<v8::UnboundScript>,
    offsets: Offsets,
}

// SAFETY: the only GC reference is traced.
unsafe impl GarbageCollected for VmScript {
    fn trace(&self, visitor: &mut v8::cppgc::Visitor) {
        visitor.trace(&self.script);
    }

    fn get_name(&self) -> &'static std::ffi::CStr {
        c"VmScript"
    }
}

/// Host-defined options tagging how `import()` inside the code behaves:
/// a function registers Node's `importModuleDynamically` callback, `true`
/// means the main context's loader, anything else rejects with
/// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.
fn host_options<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    import: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Data>> {
    use deno_core::host_defined_options_kind as kind;
    if import.is_true() {
        return None;
    }
    if let Ok(callback) = v8::Local::<v8::Function>::try_from(import) {
        let key = deno_core::register_vm_dynamic_import_callback(scope, callback);
        return Some(deno_core::create_host_defined_options_with_kind_and_key(
            scope,
            kind::VM_DYNAMIC_IMPORT_CALLBACK,
            key,
        ));
    }
    Some(deno_core::create_host_defined_options_with_kind(
        scope,
        kind::VM_DYNAMIC_IMPORT_MISSING,
    ))
}

fn view_bytes(value: v8::Local<v8::Value>) -> Option<Vec<u8>> {
    let view = v8::Local::<v8::ArrayBufferView>::try_from(value).ok()?;
    let mut bytes = vec![0u8; view.byte_length()];
    view.copy_contents(&mut bytes);
    Some(bytes)
}

fn bytes_to_uint8array<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> v8::Local<'s, v8::Value> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len).unwrap().into()
}

/// Where a script starts in its file (its origin's offsets).
#[derive(Clone, Copy)]
struct Offsets {
    line: i32,
    column: i32,
}

/// `file:line\nsource line\n   ^^^\n`, Node's "arrow" for an error location.
fn arrow_message(
    scope: &mut v8::PinScope<'_, '_>,
    message: v8::Local<v8::Message>,
    offsets: Option<Offsets>,
) -> String {
    let file = message
        .get_script_resource_name(scope)
        .map(|n| n.to_rust_string_lossy(scope))
        .unwrap_or_default();
    let line = message.get_line_number(scope).unwrap_or(0);
    let source = message
        .get_source_line(scope)
        .map(|s| s.to_rust_string_lossy(scope))
        .unwrap_or_default();
    let mut start = message.get_start_column();
    let mut end = message.get_end_column().max(start);
    // On the script's first line V8 counts the origin's column offset.
    if let Some(o) = offsets {
        let column = o.column.max(0) as usize;
        if line as i64 - o.line as i64 == 1 && start >= column {
            start -= column;
            end -= column;
        }
    }
    let pad: String = source
        .chars()
        .take(start)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let pad = if pad.chars().count() < start {
        format!("{pad}{}", " ".repeat(start - pad.chars().count()))
    } else {
        pad
    };
    format!(
        "{file}:{line}\n{source}\n{pad}{}\n",
        "^".repeat(end - start)
    )
}

/// Prefix the stack of a thrown error with the arrow, once (Node's
/// `displayErrors`).
fn decorate(
    scope: &mut v8::PinScope<'_, '_>,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
    offsets: Option<Offsets>,
) {
    let Some(message) = message else { return };
    if !exception.is_native_error() {
        return;
    }
    let Ok(error) = v8::Local::<v8::Object>::try_from(exception) else {
        return;
    };
    let key = private_key(scope, DECORATED_KEY);
    if error.has_private(scope, key) == Some(true) {
        return;
    }
    let arrow = arrow_message(scope, message, offsets);
    let stack_key = v8::String::new(scope, "stack").unwrap();
    let Some(stack) = error.get(scope, stack_key.into()) else {
        return;
    };
    if !stack.is_string() {
        return;
    }
    let stack = stack.to_rust_string_lossy(scope);
    let decorated = v8::String::new(scope, &format!("{arrow}\n{stack}")).unwrap();
    error.set(scope, stack_key.into(), decorated.into());
    let t = v8::Boolean::new(scope, true);
    error.set_private(scope, key, t.into());
}

/// The context `target` names (a contextified object), or the current one
/// when `target` is not an object; None for an object that is no context.
fn target_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Context>> {
    if target.is_object() {
        context_of(scope, target)
    } else {
        Some(scope.get_current_context())
    }
}

/// Compile `code` into a script, parsing in the context of `parsing` (the
/// current one when not an object) so that a SyntaxError belongs to it.
/// `cached` is a view of V8 code cache or undefined. `info` receives
/// [cachedDataRejected, producedCache, sourceURL, sourceMappingURL].
/// Throws the SyntaxError (decorated) and returns null on failure.
#[allow(clippy::too_many_arguments)]
#[op2(reentrant)]
#[cppgc]
fn op_vm_compile<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    code: v8::Local<'s, v8::String>,
    filename: v8::Local<'s, v8::String>,
    line_offset: i32,
    column_offset: i32,
    cached: v8::Local<'s, v8::Value>,
    produce: bool,
    import: v8::Local<'s, v8::Value>,
    parsing: v8::Local<'s, v8::Value>,
    info: v8::Local<'s, v8::Array>,
) -> Option<VmScript> {
    let context = target_context(scope, parsing)?;
    let options = host_options(scope, import);
    let origin = v8::ScriptOrigin::new(
        scope,
        filename.into(),
        line_offset,
        column_offset,
        false,
        -1,
        None,
        false,
        false,
        false,
        options,
    );
    let offsets = Offsets {
        line: line_offset,
        column: column_offset,
    };
    let cache_bytes = view_bytes(cached);
    let cs = &mut v8::ContextScope::new(scope, context);
    v8::tc_scope!(let tc, cs);
    let (compiled, rejected) = match &cache_bytes {
        Some(bytes) => {
            let mut source = v8::script_compiler::Source::new_with_cached_data(
                code,
                Some(&origin),
                v8::CachedData::new(bytes),
            );
            let compiled = v8::script_compiler::compile_unbound_script(
                tc,
                &mut source,
                v8::script_compiler::CompileOptions::ConsumeCodeCache,
                v8::script_compiler::NoCacheReason::NoReason,
            );
            let rejected = source.get_cached_data().is_none_or(|c| c.rejected());
            (compiled, Some(rejected))
        }
        None => {
            let mut source = v8::script_compiler::Source::new(code, Some(&origin));
            let compiled = v8::script_compiler::compile_unbound_script(
                tc,
                &mut source,
                v8::script_compiler::CompileOptions::NoCompileOptions,
                v8::script_compiler::NoCacheReason::NoReason,
            );
            (compiled, None)
        }
    };
    let Some(unbound) = compiled else {
        if let Some(exception) = tc.exception() {
            let message = tc.message();
            decorate(tc, exception, message, Some(offsets));
        }
        tc.rethrow();
        return None;
    };
    if let Some(rejected) = rejected {
        let v = v8::Boolean::new(tc, rejected);
        info.set_index(tc, 0, v.into());
    }
    if produce {
        let bytes = unbound
            .create_code_cache()
            .map(|c| c.to_vec())
            .unwrap_or_default();
        let v = bytes_to_uint8array(tc, bytes);
        info.set_index(tc, 1, v);
    }
    let url = unbound.get_source_url(tc);
    info.set_index(tc, 2, url);
    let map_url = unbound.get_source_mapping_url(tc);
    info.set_index(tc, 3, map_url);
    Some(VmScript {
        script: v8::TracedReference::new(tc, unbound),
        offsets,
    })
}

#[op2]
#[buffer]
fn op_vm_create_cached_data(
    scope: &mut v8::PinScope<'_, '_>,
    #[cppgc] script: &VmScript,
) -> Vec<u8> {
    let Some(unbound) = script.script.get(scope) else {
        return Vec::new();
    };
    unbound
        .create_code_cache()
        .map(|c| c.to_vec())
        .unwrap_or_default()
}

struct Watchdog {
    shared: Arc<(Mutex<(bool, bool)>, Condvar)>,
    thread: std::thread::JoinHandle<()>,
}

impl Watchdog {
    /// Terminate the isolate's execution after `ms` unless stopped first.
    fn start(handle: v8::IsolateHandle, ms: f64) -> Self {
        let shared = Arc::new((Mutex::new((false, false)), Condvar::new()));
        let theirs = shared.clone();
        let wait = Duration::from_secs_f64(ms / 1000.0);
        let thread = std::thread::spawn(move || {
            let (lock, cvar) = &*theirs;
            let guard = lock.lock().unwrap();
            let (mut guard, _) = cvar.wait_timeout_while(guard, wait, |s| !s.0).unwrap();
            if !guard.0 {
                guard.1 = true;
                handle.terminate_execution();
            }
        });
        Self { shared, thread }
    }

    /// Stop the watchdog; true when it fired.
    fn stop(self) -> bool {
        let fired = {
            let (lock, cvar) = &*self.shared;
            let mut guard = lock.lock().unwrap();
            guard.0 = true;
            cvar.notify_all();
            guard.1
        };
        let _ = self.thread.join();
        fired
    }
}

/// Whether `context` has its own microtask queue (microtaskMode
/// 'afterEvaluate') rather than the isolate's default one.
fn has_own_queue(scope: &mut v8::PinScope<'_, '_>, context: v8::Local<v8::Context>) -> bool {
    let key = private_key(scope, OWN_QUEUE_KEY);
    context.global(scope).has_private(scope, key) == Some(true)
}

/// Run `script` in the context of `target` (the current context when
/// `target` is not an object). A `timeout` > 0 arms a watchdog; when it
/// fires, Node's ERR_SCRIPT_EXECUTION_TIMEOUT error (an Error of the
/// target context) is thrown. Exceptions propagate (decorated when
/// `display_errors`).
#[op2(reentrant)]
fn op_vm_run<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[cppgc] script: &VmScript,
    target: v8::Local<'s, v8::Value>,
    timeout: f64,
    display_errors: bool,
) -> v8::Local<'s, v8::Value> {
    let undefined = v8::undefined(scope).into();
    let Some(context) = target_context(scope, target) else {
        return undefined;
    };
    let Some(unbound) = script.script.get(scope) else {
        return undefined;
    };
    let watchdog = (timeout > 0.0).then(|| Watchdog::start(scope.thread_safe_handle(), timeout));
    let cs = &mut v8::ContextScope::new(scope, context);
    v8::tc_scope!(let tc, cs);
    let bound = unbound.bind_to_current_context(tc);
    let mut result = bound.run(tc);
    if result.is_some() && has_own_queue(tc, context) {
        context.get_microtask_queue().perform_checkpoint(tc);
        if tc.has_caught() {
            result = None;
        }
    }
    let fired = watchdog.is_some_and(Watchdog::stop);
    if fired {
        tc.cancel_terminate_execution();
        if result.is_none() {
            tc.reset();
            let text = format!("Script execution timed out after {}ms", timeout as u64);
            let message = v8::String::new(tc, &text).unwrap();
            let error = v8::Exception::error(tc, message);
            if let Ok(object) = v8::Local::<v8::Object>::try_from(error) {
                let key = v8::String::new(tc, "code").unwrap();
                let code = v8::String::new(tc, "ERR_SCRIPT_EXECUTION_TIMEOUT").unwrap();
                object.set(tc, key.into(), code.into());
            }
            tc.throw_exception(error);
            tc.rethrow();
            return undefined;
        }
    }
    match result {
        Some(value) => value,
        None => {
            if !tc.has_terminated() && display_errors {
                if let Some(exception) = tc.exception() {
                    let message = tc.message();
                    decorate(tc, exception, message, Some(script.offsets));
                }
            }
            tc.rethrow();
            undefined
        }
    }
}

/// `vm.compileFunction`: compile `code` as the body of a function with
/// `params`, in the context of `target` (the current one when not an
/// object), with `extensions` objects in scope. `cached`, `produce` and
/// `info` ([cachedDataRejected, producedCache]) as for `op_vm_compile`.
/// Returns the function, or undefined with the SyntaxError thrown.
#[allow(clippy::too_many_arguments)]
#[op2(reentrant)]
fn op_vm_compile_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    code: v8::Local<'s, v8::String>,
    filename: v8::Local<'s, v8::String>,
    line_offset: i32,
    column_offset: i32,
    params: v8::Local<'s, v8::Array>,
    target: v8::Local<'s, v8::Value>,
    extensions: v8::Local<'s, v8::Array>,
    import: v8::Local<'s, v8::Value>,
    cached: v8::Local<'s, v8::Value>,
    produce: bool,
    info: v8::Local<'s, v8::Array>,
) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let Some(context) = target_context(scope, target) else {
        return undefined;
    };
    let mut names = Vec::with_capacity(params.length() as usize);
    for i in 0..params.length() {
        let Some(v) = params.get_index(scope, i) else {
            return undefined;
        };
        let Ok(s) = v8::Local::<v8::String>::try_from(v) else {
            return undefined;
        };
        names.push(s);
    }
    let mut objects = Vec::with_capacity(extensions.length() as usize);
    for i in 0..extensions.length() {
        let Some(v) = extensions.get_index(scope, i) else {
            return undefined;
        };
        let Ok(o) = v8::Local::<v8::Object>::try_from(v) else {
            return undefined;
        };
        objects.push(o);
    }
    let options = host_options(scope, import);
    let origin = v8::ScriptOrigin::new(
        scope,
        filename.into(),
        line_offset,
        column_offset,
        false,
        -1,
        None,
        false,
        false,
        false,
        options,
    );
    let cache_bytes = view_bytes(cached);
    let cs = &mut v8::ContextScope::new(scope, context);
    v8::tc_scope!(let tc, cs);
    let (compiled, rejected) = match &cache_bytes {
        Some(bytes) => {
            let mut source = v8::script_compiler::Source::new_with_cached_data(
                code,
                Some(&origin),
                v8::CachedData::new(bytes),
            );
            let compiled = v8::script_compiler::compile_function(
                tc,
                &mut source,
                &names,
                &objects,
                v8::script_compiler::CompileOptions::ConsumeCodeCache,
                v8::script_compiler::NoCacheReason::NoReason,
            );
            let rejected = source.get_cached_data().is_none_or(|c| c.rejected());
            (compiled, Some(rejected))
        }
        None => {
            let mut source = v8::script_compiler::Source::new(code, Some(&origin));
            let compiled = v8::script_compiler::compile_function(
                tc,
                &mut source,
                &names,
                &objects,
                v8::script_compiler::CompileOptions::NoCompileOptions,
                v8::script_compiler::NoCacheReason::NoReason,
            );
            (compiled, None)
        }
    };
    match compiled {
        Some(f) => {
            if let Some(rejected) = rejected {
                let v = v8::Boolean::new(tc, rejected);
                info.set_index(tc, 0, v.into());
            }
            if produce {
                let bytes = f
                    .create_code_cache()
                    .map(|c| c.to_vec())
                    .unwrap_or_default();
                let v = bytes_to_uint8array(tc, bytes);
                info.set_index(tc, 1, v);
            }
            f.into()
        }
        None => {
            if let Some(exception) = tc.exception() {
                let message = tc.message();
                let offsets = Offsets {
                    line: line_offset,
                    column: column_offset,
                };
                decorate(tc, exception, message, Some(offsets));
            }
            tc.rethrow();
            undefined
        }
    }
}

deno_core::extension!(
    host_vm,
    ops = [
        op_vm_create_context,
        op_vm_is_context,
        op_vm_context_global,
        op_vm_compile,
        op_vm_create_cached_data,
        op_vm_run,
        op_vm_compile_function,
    ]
);
