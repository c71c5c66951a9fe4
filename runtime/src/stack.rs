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

/// The loader's facade module over a CommonJS file (its one call sits at
/// line 1, column 58): Node shows no such frame.
fn is_cjs_facade_frame(text: &str) -> bool {
    let text = text.strip_prefix("async ").unwrap_or(text);
    text.starts_with("file://") && text.ends_with(":1:58") && !text.contains(".mjs:")
}

/// host's start-up functions around the main entry, which Node's stacks do
/// not have (the entry's own call is kept: Node shows one frame there too).
fn is_bootstrap_frame(text: &str) -> bool {
    ["runGuarded", "start", "runMain", "bootstrap"]
        .iter()
        .any(|name| {
            text.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(" (ext:host/internal/bootstrap/main.js:"))
        })
}

/// V8 names an anonymous function of eval'd code `eval`: Node's -e code is
/// a script, so `Timeout.eval [as _onTimeout] ([eval]:1:2)` is shown as
/// `Timeout._onTimeout ([eval]:1:2)`.
fn eval_method_frame(text: &str) -> Option<String> {
    if !(text.contains(" ([eval]:") || text.contains(" ([stdin]:")) {
        return None;
    }
    let (receiver, rest) = text.split_once(".eval [as ")?;
    let (method, location) = rest.split_once("] ")?;
    Some(format!("{receiver}.{method} {location}"))
}

const ESM_LOADER_FRAMES: [&str; 3] = [
    "ModuleJob.run (node:internal/modules/esm/module_job:561:25)",
    "async node:internal/modules/esm/loader:647:26",
    "async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:101:5)",
];

fn call_site_method<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    site: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Value>> {
    let f = get(scope, site, name).and_then(|f| v8::Local::<v8::Function>::try_from(f).ok())?;
    f.call(scope, site.into(), &[])
}

/// Whether the outermost frame is an ES module's top-level code run
/// synchronously by its evaluation (not resumed after an await, which
/// happens in a microtask).
fn in_module_evaluation<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    sites: v8::Local<'s, v8::Array>,
) -> bool {
    let n = sites.length();
    if n == 0 {
        return false;
    }
    let Some(site) = sites
        .get_index(scope, n - 1)
        .and_then(|s| v8::Local::<v8::Object>::try_from(s).ok())
    else {
        return false;
    };
    let top_level = call_site_method(scope, site, "isToplevel").is_some_and(|v| v.is_true());
    let unnamed = call_site_method(scope, site, "getFunctionName").is_some_and(|v| v.is_null());
    let file = call_site_method(scope, site, "getFileName")
        .map(|v| v.to_rust_string_lossy(scope))
        .unwrap_or_default();
    if !(top_level && unnamed && file.starts_with("file://")) {
        return false;
    }
    let line = call_site_method(scope, site, "getLineNumber")
        .and_then(|v| v.integer_value(scope))
        .unwrap_or(0);
    let column = call_site_method(scope, site, "getColumnNumber")
        .and_then(|v| v.integer_value(scope))
        .unwrap_or(0);
    // Code after the module's first `await` runs resumed, from a microtask:
    // Node shows no loader frames there.
    match first_await(&file) {
        Some((l, c)) => (line, column) < (l, c),
        None => true,
    }
}

thread_local! {
    static FIRST_AWAIT: std::cell::RefCell<std::collections::HashMap<String, Option<(i64, i64)>>> =
        std::cell::RefCell::default();
}

/// Line and column (1-based) of the first `await` word in a module's source.
fn first_await(url: &str) -> Option<(i64, i64)> {
    if let Some(found) = FIRST_AWAIT.with(|m| m.borrow().get(url).cloned()) {
        return found;
    }
    let source = host_ops::module::eval_source(url).or_else(|| {
        let path = deno_core::url::Url::parse(url).ok()?.to_file_path().ok()?;
        std::fs::read_to_string(path).ok()
    });
    let found = source.and_then(|text| {
        text.lines().enumerate().find_map(|(i, line)| {
            let bytes = line.as_bytes();
            line.match_indices("await").find_map(|(at, _)| {
                let before = at.checked_sub(1).map(|j| bytes[j]);
                let after = bytes.get(at + 5).copied();
                let word = |c: Option<u8>| {
                    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
                };
                (!word(before) && !word(after)).then_some((i as i64 + 1, at as i64 + 1))
            })
        })
    });
    FIRST_AWAIT.with(|m| m.borrow_mut().insert(url.to_string(), found));
    found
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
        // The last error whose stack was made: require(esm) gets back the
        // error a module threw from it (deno_core reports only its text).
        if let Some(name) = v8::String::new(scope, host_ops::module::LAST_STACK_ERROR) {
            let key = v8::Private::for_api(scope, Some(name));
            let global = scope.get_current_context().global(scope);
            global.set_private(scope, key, error);
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
    let mut eval_name: Option<&str> = None;
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
                // Node runs that code from a wrapper script, shown as
                // `[eval]-wrapper:6:24` under the code's frames.
                if let Some(name) = eval_name {
                    out.push_str(&format!("\n    at {name}-wrapper:6:24"));
                }
                continue;
            }
            if is_cjs_facade_frame(&text) || is_bootstrap_frame(&text) {
                continue;
            }
            let eval_frame = ["[eval]", "[stdin]"].into_iter().find_map(|name| {
                text.strip_prefix("eval (")
                    .and_then(|t| t.strip_prefix(name))
                    .and_then(|t| t.strip_prefix(':'))
                    .and_then(|t| t.strip_suffix(')'))
                    .map(|pos| (name, pos))
            });
            let text = match eval_frame {
                Some((name, pos)) => {
                    eval_name = Some(name);
                    format!("{name}:{pos}")
                }
                None => {
                    if text.contains("([eval]:") || text.starts_with("[eval]:") {
                        eval_name = Some("[eval]");
                    } else if text.contains("([stdin]:") || text.starts_with("[stdin]:") {
                        eval_name = Some("[stdin]");
                    }
                    match eval_method_frame(&text) {
                        Some(fixed) => fixed,
                        None => rename_internal(&text),
                    }
                }
            };
            out.push_str("\n    at ");
            out.push_str(&text);
        }
    }
    if sites.length() < 10 && in_module_evaluation(scope, sites) {
        // Node evaluates an ES module from its loader: those frames follow.
        for frame in ESM_LOADER_FRAMES.iter().take(10 - sites.length() as usize) {
            out.push_str("\n    at ");
            out.push_str(frame);
        }
    }
    v8::String::new(scope, &out)
        .map(Into::into)
        .unwrap_or_else(|| v8::undefined(scope).into())
}
