//! Error.stack formatting as V8 does it in Node: "Name: message" then one
//! "    at ..." line per call site, host's internal modules shown as
//! `node:` ones; a user `Error.prepareStackTrace` gets the raw call sites.

use deno_core::v8;

fn get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    obj: v8::Local<'s, v8::Object>,
    key: &str,
) -> Option<v8::Local<'s, v8::Value>> {
    let key = v8::String::new(scope, key)?;
    obj.get(scope, key.into())
}

fn header<'s>(scope: &mut v8::PinScope<'s, '_>, error: v8::Local<'s, v8::Value>) -> String {
    let Ok(obj) = v8::Local::<v8::Object>::try_from(error) else {
        return error.to_rust_string_lossy(scope);
    };
    let name = match get(scope, obj, "name") {
        Some(v) if !v.is_undefined() => v.to_rust_string_lossy(scope),
        _ => "Error".to_string(),
    };
    let message = match get(scope, obj, "message") {
        Some(v) if !v.is_undefined() => v.to_rust_string_lossy(scope),
        _ => String::new(),
    };
    match (name.is_empty(), message.is_empty()) {
        (true, _) => message,
        (false, true) => name,
        (false, false) => format!("{name}: {message}"),
    }
}

/// Show `ext:host/internal/x.js:1:2` as Node's `node:internal/x:1:2`, and
/// deno_core's own `ext:core/01_core.js` as `node:internal/core/01_core`.
fn rename_internal(frame: &str) -> String {
    let (start, prefix_len, replacement) = if let Some(i) = frame.find("ext:host/") {
        (i, "ext:host/".len(), "node:")
    } else if let Some(i) = frame.find("ext:core/") {
        (i, "ext:core/".len(), "node:internal/core/")
    } else {
        return frame.to_string();
    };
    let rest = &frame[start + prefix_len..];
    let rest = match rest.find(".js:") {
        Some(i) => format!("{}{}", &rest[..i], &rest[i + 3..]),
        None => rest.to_string(),
    };
    format!("{}{replacement}{}", &frame[..start], rest)
}

/// The isolate's prepare-stack-trace callback.
pub fn prepare_stack_trace<'s, 'i>(
    scope: &mut v8::PinScope<'s, 'i>,
    error: v8::Local<'s, v8::Value>,
    sites: v8::Local<'s, v8::Array>,
) -> v8::Local<'s, v8::Value> {
    // Stash the call sites where deno_core looks for them (as its own
    // callback does): without them it treats an error as having no stack and
    // rebuilds errors that reject a dynamic import().
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(error) {
        if let Some(name) = v8::String::new(scope, "deno_core::call_site_evals") {
            let key = v8::Private::for_api(scope, Some(name));
            obj.set_private(scope, key, sites.into());
        }
    }
    let global = scope.get_current_context().global(scope);
    let error_ctor =
        get(scope, global, "Error").and_then(|v| v8::Local::<v8::Object>::try_from(v).ok());
    if let Some(ctor) = error_ctor {
        if let Some(prepare) = get(scope, ctor, "prepareStackTrace")
            .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok())
        {
            return prepare
                .call(scope, ctor.into(), &[error, sites.into()])
                .unwrap_or_else(|| v8::undefined(scope).into());
        }
    }
    let mut out = header(scope, error);
    for i in 0..sites.length() {
        let Some(site) = sites
            .get_index(scope, i)
            .and_then(|s| v8::Local::<v8::Object>::try_from(s).ok())
        else {
            continue;
        };
        let Some(to_string) =
            get(scope, site, "toString").and_then(|f| v8::Local::<v8::Function>::try_from(f).ok())
        else {
            continue;
        };
        if let Some(text) = to_string.call(scope, site.into(), &[]) {
            let text = text.to_rust_string_lossy(scope);
            // `-e` code runs through eval() named `[eval]`: show its frames
            // as Node does, without the eval builtin's own frame.
            if text == "eval (<anonymous>)" {
                continue;
            }
            let text = match text
                .strip_prefix("eval ([eval]:")
                .and_then(|t| t.strip_suffix(')'))
            {
                Some(pos) => format!("[eval]:{pos}"),
                None => rename_internal(&text),
            };
            out.push_str("\n    at ");
            out.push_str(&text);
        }
    }
    v8::String::new(scope, &out)
        .map(Into::into)
        .unwrap_or_else(|| v8::undefined(scope).into())
}
