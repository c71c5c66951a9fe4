//! Helpers for node:util that need V8 internals JS cannot reach.

use deno_core::op2;
use deno_core::v8;

/// V8's PreviewEntries: the remaining entries of a Map/Set iterator (without
/// advancing it) or the entries of a WeakMap/WeakSet. Returns
/// `[entries, isKeyValue]`, or undefined when `value` is none of those.
#[op2]
fn op_host_preview_entries<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    value: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Array>> {
    let object = v8::Local::<v8::Object>::try_from(value).ok()?;
    let (entries, is_key_value) = object.preview_entries(scope);
    let entries = entries?;
    let flag = v8::Boolean::new(scope, is_key_value);
    Some(v8::Array::new_with_elements(
        scope,
        &[entries.into(), flag.into()],
    ))
}

deno_core::extension!(host_util, ops = [op_host_preview_entries]);
