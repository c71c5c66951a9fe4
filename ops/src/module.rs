//! Module support: compiling CommonJS wrappers with plain-path origins (so
//! stack traces show paths as in Node), calling the main entry under a
//! TryCatch that keeps the throw site, and Node's resolution algorithm shared
//! by `require` and the ES module loader.

use std::path::{Path, PathBuf};

use deno_core::{op2, v8};

/// Resolution mode: `require` or `import` (they differ in extension search
/// and in the package.json "exports" conditions).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ResolveMode {
    /// CommonJS `require`: extension search, directories, "require" condition.
    Require,
    /// ESM `import`: exact paths, "import" condition.
    Import,
}

/// Why a specifier did not resolve.
#[derive(Debug)]
pub enum ResolveError {
    /// Nothing found (MODULE_NOT_FOUND / ERR_MODULE_NOT_FOUND).
    NotFound,
    /// A directory imported from ESM (ERR_UNSUPPORTED_DIR_IMPORT).
    DirectoryImport(PathBuf),
    /// "exports" does not expose the subpath (ERR_PACKAGE_PATH_NOT_EXPORTED).
    NotExported {
        subpath: String,
        package_json: PathBuf,
    },
    /// A `#name` missing from "imports" (ERR_PACKAGE_IMPORT_NOT_DEFINED); the
    /// package.json searched, when there is one.
    ImportNotDefined { package_json: Option<PathBuf> },
}

fn is_file(p: &Path) -> bool {
    std::fs::metadata(p).map(|m| m.is_file()).unwrap_or(false)
}

fn is_dir(p: &Path) -> bool {
    std::fs::metadata(p).map(|m| m.is_dir()).unwrap_or(false)
}

fn read_json(p: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(p).ok()?;
    serde_json::from_str(&text).ok()
}

fn load_as_file(x: &Path) -> Option<PathBuf> {
    if is_file(x) {
        return Some(x.to_path_buf());
    }
    for ext in ["js", "json", "node"] {
        let mut s = x.as_os_str().to_owned();
        s.push(".");
        s.push(ext);
        let candidate = PathBuf::from(s);
        if is_file(&candidate) {
            return Some(candidate);
        }
    }
    None
}

fn load_index(x: &Path) -> Option<PathBuf> {
    ["index.js", "index.json", "index.node"]
        .iter()
        .map(|f| x.join(f))
        .find(|p| is_file(p))
}

fn load_as_directory(x: &Path) -> Option<PathBuf> {
    let pkg = x.join("package.json");
    if let Some(json) = read_json(&pkg) {
        if let Some(main) = json
            .get("main")
            .and_then(|m| m.as_str())
            .filter(|m| !m.is_empty())
        {
            let m = x.join(main);
            if let Some(found) = load_as_file(&m).or_else(|| load_index(&m)) {
                return Some(found);
            }
        }
    }
    load_index(x)
}

fn conditions(mode: ResolveMode) -> &'static [&'static str] {
    match mode {
        ResolveMode::Require => &["require", "node", "node-addons", "default"],
        ResolveMode::Import => &["import", "node", "node-addons", "default"],
    }
}

fn resolve_target(
    pkg_dir: &Path,
    target: &serde_json::Value,
    pattern: Option<&str>,
    mode: ResolveMode,
) -> Option<PathBuf> {
    match target {
        serde_json::Value::String(s) => {
            let s = match pattern {
                Some(p) => s.replace('*', p),
                None => s.clone(),
            };
            let rel = s.strip_prefix("./")?;
            Some(pkg_dir.join(rel))
        }
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                if conditions(mode).contains(&key.as_str()) {
                    if let Some(found) = resolve_target(pkg_dir, value, pattern, mode) {
                        return Some(found);
                    }
                }
            }
            None
        }
        serde_json::Value::Array(list) => list
            .iter()
            .find_map(|t| resolve_target(pkg_dir, t, pattern, mode)),
        _ => None,
    }
}

fn resolve_exports(
    pkg_dir: &Path,
    exports: &serde_json::Value,
    subpath: &str,
    mode: ResolveMode,
) -> Option<PathBuf> {
    let is_conditional_sugar = match exports {
        serde_json::Value::Object(map) => map.keys().all(|k| !k.starts_with('.')),
        _ => true,
    };
    if is_conditional_sugar {
        return if subpath == "." {
            resolve_target(pkg_dir, exports, None, mode)
        } else {
            None
        };
    }
    let map = exports.as_object()?;
    if let Some(target) = map.get(subpath) {
        if !subpath.contains('*') {
            return resolve_target(pkg_dir, target, None, mode);
        }
    }
    let mut best: Option<(&str, &serde_json::Value, String)> = None;
    for (key, target) in map {
        if let Some(star) = key.find('*') {
            let (prefix, suffix) = (&key[..star], &key[star + 1..]);
            if subpath.len() >= prefix.len() + suffix.len()
                && subpath.starts_with(prefix)
                && subpath.ends_with(suffix)
            {
                let matched = subpath[prefix.len()..subpath.len() - suffix.len()].to_string();
                if best.as_ref().is_none_or(|(k, _, _)| key.len() > k.len()) {
                    best = Some((key, target, matched));
                }
            }
        } else if key.ends_with('/') && subpath.starts_with(key.as_str()) {
            let rest = &subpath[key.len()..];
            if let Some(base) = resolve_target(pkg_dir, target, None, mode) {
                return Some(base.join(rest));
            }
        }
    }
    let (_, target, matched) = best?;
    resolve_target(pkg_dir, target, Some(&matched), mode)
}

fn split_package(request: &str) -> (&str, String) {
    let mut parts = request.splitn(if request.starts_with('@') { 3 } else { 2 }, '/');
    let first = parts.next().unwrap_or("");
    let name_len = if request.starts_with('@') {
        first.len() + 1 + parts.next().map(|s| s.len()).unwrap_or(0)
    } else {
        first.len()
    };
    let name = &request[..name_len.min(request.len())];
    let rest = &request[name.len()..];
    (name, format!(".{rest}"))
}

fn node_modules_dirs(start: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let mut cur = Some(start);
    while let Some(dir) = cur {
        if dir.file_name().map(|n| n != "node_modules").unwrap_or(true) {
            dirs.push(dir.join("node_modules"));
        }
        cur = dir.parent();
    }
    if let Ok(home) = std::env::var("HOME") {
        dirs.push(Path::new(&home).join(".node_modules"));
        dirs.push(Path::new(&home).join(".node_libraries"));
    }
    if let Ok(node_path) = std::env::var("NODE_PATH") {
        dirs.extend(
            node_path
                .split(':')
                .filter(|s| !s.is_empty())
                .map(PathBuf::from),
        );
    }
    dirs
}

fn resolve_package(
    request: &str,
    base_dir: &Path,
    mode: ResolveMode,
) -> Result<PathBuf, ResolveError> {
    let (name, subpath) = split_package(request);
    // A package can import itself by its name through its own "exports".
    let mut dir = Some(base_dir);
    while let Some(d) = dir {
        let pkg_json_path = d.join("package.json");
        if is_file(&pkg_json_path) {
            if let Some(json) = read_json(&pkg_json_path) {
                let exports = json.get("exports").filter(|e| !e.is_null());
                if let (Some(exports), Some(true)) = (
                    exports,
                    json.get("name").and_then(|n| n.as_str()).map(|n| n == name),
                ) {
                    return match resolve_exports(d, exports, &subpath, mode) {
                        Some(p) if is_file(&p) => Ok(p),
                        Some(_) => Err(ResolveError::NotFound),
                        None => Err(ResolveError::NotExported {
                            subpath,
                            package_json: pkg_json_path,
                        }),
                    };
                }
            }
            break;
        }
        dir = d.parent();
    }
    for nm in node_modules_dirs(base_dir) {
        let pkg_dir = nm.join(name);
        let pkg_json_path = pkg_dir.join("package.json");
        if let Some(json) = read_json(&pkg_json_path) {
            if let Some(exports) = json.get("exports").filter(|e| !e.is_null()) {
                return match resolve_exports(&pkg_dir, exports, &subpath, mode) {
                    Some(p) if is_file(&p) => Ok(p),
                    Some(_) => Err(ResolveError::NotFound),
                    None => Err(ResolveError::NotExported {
                        subpath,
                        package_json: pkg_json_path,
                    }),
                };
            }
        }
        let full = nm.join(request);
        if let Some(found) = load_as_file(&full).or_else(|| load_as_directory(&full)) {
            if mode == ResolveMode::Import && subpath != "." && !is_file(&full) {
                return Err(ResolveError::NotFound);
            }
            return Ok(found);
        }
    }
    Err(ResolveError::NotFound)
}

/// A `#specifier` through the "imports" of the package.json nearest to
/// `base_dir`.
fn resolve_imports(
    request: &str,
    base_dir: &Path,
    mode: ResolveMode,
) -> Result<PathBuf, ResolveError> {
    let mut dir = Some(base_dir);
    let mut found = None;
    while let Some(d) = dir {
        let pkg = d.join("package.json");
        if is_file(&pkg) {
            found = Some((d.to_path_buf(), pkg));
            break;
        }
        dir = d.parent();
    }
    let Some((pkg_dir, pkg_json)) = found else {
        return Err(ResolveError::ImportNotDefined { package_json: None });
    };
    let not_defined = || ResolveError::ImportNotDefined {
        package_json: Some(pkg_json.clone()),
    };
    let json = read_json(&pkg_json).ok_or_else(not_defined)?;
    let map = json
        .get("imports")
        .and_then(|i| i.as_object())
        .ok_or_else(not_defined)?;
    let (target, pattern) = match map.get(request) {
        Some(t) if !request.contains('*') => (t, None),
        _ => {
            let mut best: Option<(&str, &serde_json::Value, String)> = None;
            for (key, target) in map {
                if let Some(star) = key.find('*') {
                    let (prefix, suffix) = (&key[..star], &key[star + 1..]);
                    if request.len() >= prefix.len() + suffix.len()
                        && request.starts_with(prefix)
                        && request.ends_with(suffix)
                        && best.as_ref().is_none_or(|(k, _, _)| key.len() > k.len())
                    {
                        let matched =
                            request[prefix.len()..request.len() - suffix.len()].to_string();
                        best = Some((key, target, matched));
                    }
                }
            }
            let (_, target, matched) = best.ok_or_else(not_defined)?;
            (target, Some(matched))
        }
    };
    if let Some(p) = resolve_target(&pkg_dir, target, pattern.as_deref(), mode) {
        return if is_file(&p) {
            Ok(std::fs::canonicalize(&p).unwrap_or(p))
        } else {
            Err(ResolveError::NotFound)
        };
    }
    // A bare package name as the target.
    if let Some(name) = target
        .as_str()
        .filter(|t| !t.starts_with('.') && !t.starts_with('/'))
    {
        let name = match &pattern {
            Some(p) => name.replace('*', p),
            None => name.to_string(),
        };
        let found = resolve_package(&name, &pkg_dir, mode)?;
        return Ok(std::fs::canonicalize(&found).unwrap_or(found));
    }
    Err(not_defined())
}

/// Node's resolution of `request` from a module in `base_dir`, returning the
/// real path of the file (symlinks resolved, as without
/// --preserve-symlinks).
pub fn resolve(request: &str, base_dir: &Path, mode: ResolveMode) -> Result<PathBuf, ResolveError> {
    if request.starts_with('#') {
        return resolve_imports(request, base_dir, mode);
    }
    let is_path = request.starts_with('/')
        || request.starts_with("./")
        || request.starts_with("../")
        || request == "."
        || request == "..";
    let found = if is_path {
        let x = base_dir.join(request);
        match mode {
            ResolveMode::Require => {
                let as_dir = request.ends_with('/');
                let found = if as_dir { None } else { load_as_file(&x) };
                found
                    .or_else(|| load_as_directory(&x))
                    .ok_or(ResolveError::NotFound)?
            }
            ResolveMode::Import => {
                if is_dir(&x) {
                    return Err(ResolveError::DirectoryImport(x));
                }
                if !is_file(&x) {
                    return Err(ResolveError::NotFound);
                }
                x
            }
        }
    } else {
        resolve_package(request, base_dir, mode)?
    };
    Ok(std::fs::canonicalize(&found).unwrap_or(found))
}

/// The "type" field of the package.json nearest to `file` ("module" or
/// "commonjs"), as Node decides how to run a `.js` file.
pub fn package_type(file: &Path) -> &'static str {
    let mut dir = file.parent();
    while let Some(d) = dir {
        let pkg = d.join("package.json");
        if pkg.is_file() {
            return match read_json(&pkg)
                .and_then(|j| j.get("type").and_then(|t| t.as_str().map(str::to_owned)))
            {
                Some(t) if t == "module" => "module",
                _ => "commonjs",
            };
        }
        dir = d.parent();
    }
    "commonjs"
}

/// `require.resolve` for JS: the resolved path, or null when not found, or
/// a string "!NOT_EXPORTED <subpath> <package.json>" for Node's export error.
#[op2]
#[string]
fn op_module_resolve(
    #[string] request: &str,
    #[string] base_dir: &str,
    is_import: bool,
) -> Option<String> {
    let mode = if is_import {
        ResolveMode::Import
    } else {
        ResolveMode::Require
    };
    match resolve(request, Path::new(base_dir), mode) {
        Ok(p) => Some(p.to_string_lossy().into_owned()),
        Err(ResolveError::NotFound) => None,
        Err(ResolveError::DirectoryImport(p)) => Some(format!("!DIR {}", p.display())),
        Err(ResolveError::NotExported {
            subpath,
            package_json,
        }) => Some(format!(
            "!NOT_EXPORTED {} {}",
            subpath,
            package_json.display()
        )),
        Err(ResolveError::ImportNotDefined { package_json }) => Some(format!(
            "!IMPORT_NOT_DEFINED {}",
            package_json
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        )),
    }
}

/// "module" or "commonjs" for a file, from its nearest package.json.
#[op2]
#[string]
fn op_module_package_type(#[string] file: &str) -> &'static str {
    package_type(Path::new(file))
}

/// Compile `source` as the body of a function with `params`, its origin the
/// plain `filename` (Node's CommonJS wrapper). Throws the SyntaxError.
#[op2(reentrant)]
fn op_module_compile_function<'s, 'i>(
    scope: &mut v8::PinScope<'s, 'i>,
    source: v8::Local<'s, v8::String>,
    #[string] filename: &str,
    params: v8::Local<'s, v8::Array>,
) -> Option<v8::Local<'s, v8::Function>> {
    let name = v8::String::new(scope, filename)?;
    let origin = v8::ScriptOrigin::new(
        scope,
        name.into(),
        0,
        0,
        false,
        -1,
        None,
        false,
        false,
        false,
        None,
    );
    let mut args = Vec::with_capacity(params.length() as usize);
    for i in 0..params.length() {
        let p = params.get_index(scope, i)?;
        args.push(p.to_string(scope)?);
    }
    let mut src = v8::script_compiler::Source::new(source, Some(&origin));
    v8::script_compiler::compile_function(
        scope,
        &mut src,
        &args,
        &[],
        v8::script_compiler::CompileOptions::NoCompileOptions,
        v8::script_compiler::NoCacheReason::NoReason,
    )
}

/// Call `f` with no arguments under a TryCatch. Returns null on success, or
/// `[exception, resourceName, line, startColumn, endColumn, sourceLine]`
/// taken at the throw site, which Node prints above an uncaught error.
#[op2(reentrant)]
fn op_module_call_guarded<'s, 'i>(
    scope: &mut v8::PinScope<'s, 'i>,
    f: v8::Local<'s, v8::Function>,
) -> v8::Local<'s, v8::Value> {
    v8::tc_scope!(let tc, scope);
    let recv = v8::undefined(tc).into();
    if f.call(tc, recv, &[]).is_some() {
        return v8::null(tc).into();
    }
    if tc.has_terminated() || !tc.has_caught() {
        return v8::null(tc).into();
    }
    let exception = tc.exception().unwrap_or_else(|| v8::undefined(tc).into());
    let mut items: Vec<v8::Local<v8::Value>> = vec![exception];
    if let Some(message) = tc.message() {
        let resource = message
            .get_script_resource_name(tc)
            .unwrap_or_else(|| v8::undefined(tc).into());
        let line = message.get_line_number(tc).unwrap_or(0) as i32;
        let start = message.get_start_column() as i32;
        let end = message.get_end_column() as i32;
        let source_line: v8::Local<v8::Value> = match message.get_source_line(tc) {
            Some(s) => s.into(),
            None => v8::undefined(tc).into(),
        };
        items.push(resource);
        items.push(v8::Integer::new(tc, line).into());
        items.push(v8::Integer::new(tc, start).into());
        items.push(v8::Integer::new(tc, end).into());
        items.push(source_line);
    }
    v8::Array::new_with_elements(tc, &items).into()
}

thread_local! {
    /// Source of `--input-type=module` code (-e, stdin), by its file URL.
    static EVAL_SOURCES: std::cell::RefCell<std::collections::HashMap<String, String>> =
        std::cell::RefCell::default();
}

/// Serve `code` as the ES module at `url` (Node's `file:///cwd/[eval1]`).
#[op2(fast)]
fn op_module_set_eval_source(#[string] url: String, #[string] code: String) {
    EVAL_SOURCES.with(|m| m.borrow_mut().insert(url, code));
}

/// The code stored for `url` by `op_module_set_eval_source`.
pub fn eval_source(url: &str) -> Option<String> {
    EVAL_SOURCES.with(|m| m.borrow().get(url).cloned())
}

thread_local! {
    /// `.js` files of "commonjs" packages found to be ES modules by syntax.
    static ESM_BY_SYNTAX: std::cell::RefCell<std::collections::HashSet<String>> =
        std::cell::RefCell::default();
}

/// Record that the `.js` file at `path` is an ES module (Node 24 detects
/// module syntax in files with no "type").
#[op2(fast)]
fn op_module_mark_esm(#[string] path: String) {
    ESM_BY_SYNTAX.with(|s| s.borrow_mut().insert(path));
}

/// Whether `op_module_mark_esm` recorded `path`.
pub fn marked_esm(path: &str) -> bool {
    ESM_BY_SYNTAX.with(|s| s.borrow().contains(path))
}

/// Private key (on the global object) of the last error whose `stack` was
/// made; see `op_module_last_stack_error`.
pub const LAST_STACK_ERROR: &str = "host::last_stack_error";

/// The last error whose stack trace was formatted (then forgotten), or
/// undefined.
#[op2]
fn op_module_last_stack_error<'s, 'i>(
    scope: &mut v8::PinScope<'s, 'i>,
) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let Some(name) = v8::String::new(scope, LAST_STACK_ERROR) else {
        return undefined;
    };
    let key = v8::Private::for_api(scope, Some(name));
    let global = scope.get_current_context().global(scope);
    let value = global.get_private(scope, key).unwrap_or(undefined);
    global.delete_private(scope, key);
    value
}

deno_core::extension!(
    host_module,
    ops = [
        op_module_set_eval_source,
        op_module_last_stack_error,
        op_module_mark_esm,
        op_module_resolve,
        op_module_package_type,
        op_module_compile_function,
        op_module_call_guarded,
    ]
);
