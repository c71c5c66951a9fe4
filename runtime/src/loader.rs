//! The ES module loader: `node:` built-ins and CommonJS files become small
//! facade modules over the JS side's require(); ES modules are read from
//! disk; `data:` URLs are decoded. Resolution follows Node (exact paths for
//! relative specifiers, node_modules and package.json "exports" for bare
//! ones).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use deno_core::{
    v8, ModuleLoadOptions, ModuleLoadReferrer, ModuleLoadResponse, ModuleLoader,
    ModuleResolveResponse, ModuleSource, ModuleSourceCode, ModuleSpecifier, ModuleType,
    RequestedModuleType, ResolutionKind,
};
use deno_error::JsErrorBox;
mod cjs_lexer;

use deno_error::JsErrorClass;
use host_ops::module::{eval_source, marked_esm, package_type, resolve, ResolveError, ResolveMode};

/// Node's module-loading errors (`code` set as Node sets it).
#[derive(Debug)]
struct LoaderError {
    code: &'static str,
    message: String,
}

impl std::fmt::Display for LoaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for LoaderError {}
impl deno_error::JsErrorClass for LoaderError {
    fn get_class(&self) -> Cow<'static, str> {
        match self.code {
            "ERR_UNKNOWN_FILE_EXTENSION"
            | "ERR_PACKAGE_IMPORT_NOT_DEFINED"
            | "ERR_IMPORT_ATTRIBUTE_MISSING"
            | "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE" => "TypeError".into(),
            _ => "Error".into(),
        }
    }
    fn get_message(&self) -> Cow<'static, str> {
        self.message.clone().into()
    }
    fn get_additional_properties(&self) -> deno_error::AdditionalProperties {
        Box::new(std::iter::once((
            Cow::Borrowed("code"),
            deno_error::PropertyValue::String(self.code.into()),
        )))
    }
    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

fn loader_error(code: &'static str, message: String) -> JsErrorBox {
    JsErrorBox::from_err(LoaderError { code, message })
}

/// Resolves and loads ES modules the way Node does.
pub struct HostModuleLoader {
    builtins: HashMap<String, Vec<String>>,
    /// Failures of an import() root, by id: served as a module that throws
    /// Node's error (deno_core would turn a loader error into a TypeError).
    failed: RefCell<HashMap<u64, (&'static str, String)>>,
    next_failure: Cell<u64>,
    /// URLs an import() resolved to, until they are loaded.
    dynamic_roots: RefCell<HashSet<String>>,
}

impl HostModuleLoader {
    /// `builtin_exports`: JSON `{ name: [export names] }` of the built-ins.
    pub fn new(builtin_exports: &str) -> Self {
        let builtins = serde_json::from_str(builtin_exports).unwrap_or_default();
        HostModuleLoader {
            builtins,
            failed: RefCell::default(),
            next_failure: Cell::new(0),
            dynamic_roots: RefCell::default(),
        }
    }

    /// A URL whose module throws `code`/`message` as Node's error object.
    fn failure_module(&self, code: &'static str, message: String) -> ModuleSpecifier {
        let id = self.next_failure.get() + 1;
        self.next_failure.set(id);
        self.failed.borrow_mut().insert(id, (code, message));
        ModuleSpecifier::parse(&format!("{FAILURE_SCHEME}:{id}")).expect("valid URL")
    }

    fn failure_source(
        &self,
        specifier: &ModuleSpecifier,
        code: &str,
        message: &str,
    ) -> ModuleSource {
        let code = format!(
            "throw globalThis[Symbol.for('host.loaderError')]({}, {});\n",
            serde_json::Value::from(code),
            serde_json::Value::from(message)
        );
        js_source(specifier, code)
    }
}

const FAILURE_SCHEME: &str = "host-loader-error";

/// The `code` of a loader error made by [`loader_error`].
fn error_code(err: &JsErrorBox) -> Option<(&'static str, String)> {
    let inner = err.get_ref().downcast_ref::<LoaderError>()?;
    Some((inner.code, inner.message.clone()))
}

fn referrer_path(referrer: &str) -> Option<PathBuf> {
    if referrer.starts_with('/') {
        return Some(PathBuf::from(referrer));
    }
    let url = ModuleSpecifier::parse(referrer).ok()?;
    if url.scheme() == "file" {
        url.to_file_path().ok()
    } else {
        None
    }
}

fn display_referrer(referrer: &str) -> String {
    // --import and the main entry are resolved from the working directory.
    if referrer.starts_with("ext:") {
        if let Ok(cwd) = std::env::current_dir() {
            let mut shown = cwd.display().to_string();
            if !shown.ends_with('/') {
                shown.push('/');
            }
            return shown;
        }
    }
    referrer_path(referrer)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| referrer.to_string())
}

fn file_url(path: &Path) -> Result<ModuleSpecifier, JsErrorBox> {
    ModuleSpecifier::from_file_path(path)
        .map_err(|()| JsErrorBox::type_error(format!("invalid path {}", path.display())))
}

impl ModuleLoader for HostModuleLoader {
    fn resolve(
        &self,
        specifier: &str,
        referrer: &str,
        _kind: ResolutionKind,
    ) -> ModuleResolveResponse {
        self.resolve_now(specifier, referrer)
    }

    fn resolve_with_scope(
        &self,
        scope: &mut v8::PinScope,
        specifier: &str,
        referrer: &str,
        kind: ResolutionKind,
        _import_attributes: &HashMap<String, String>,
    ) -> ModuleResolveResponse {
        // The specifier of an import() call is resolved while its caller is
        // on the stack; the static imports of the graph it loads are not
        // (they fail as Node's link errors do, before anything runs).
        let caller = v8::StackTrace::current_stack_trace(scope, 1)
            .filter(|t| t.get_frame_count() > 0)
            .and_then(|t| t.get_frame(scope, 0))
            .map(|f| {
                f.get_script_name_or_source_url(scope)
                    .map(|n| n.to_rust_string_lossy(scope))
                    .unwrap_or_default()
            });
        let root = kind == ResolutionKind::DynamicImport && caller.is_some();
        // import() in -e/stdin code is made from `<cwd>/[eval]` in Node.
        let eval_referrer = match caller.as_deref() {
            Some(name @ ("[eval]" | "[stdin]")) if referrer.starts_with("ext:") => {
                std::env::current_dir()
                    .ok()
                    .map(|cwd| cwd.join(name).display().to_string())
            }
            _ => None,
        };
        let referrer = eval_referrer.as_deref().unwrap_or(referrer);
        let result = self.resolve_now(specifier, referrer);
        if !root {
            return result;
        }
        // import() rejects with Node's error object, made in JS.
        match result {
            Ok(url) => {
                if url.scheme() == "file" {
                    self.dynamic_roots.borrow_mut().insert(url.to_string());
                }
                Ok(url)
            }
            Err(err) => match error_code(&err) {
                Some((code, message)) => Ok(self.failure_module(code, message)),
                None => Err(err),
            },
        }
    }

    fn import_meta_resolve(
        &self,
        specifier: &str,
        referrer: &str,
    ) -> Result<ModuleSpecifier, JsErrorBox> {
        // Node resolves a relative or absolute path to its URL without
        // looking for the file; packages and built-ins resolve as imports do.
        let is_path = specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier.starts_with('/')
            || specifier == "."
            || specifier == "..";
        if is_path && referrer.starts_with("file:") {
            return deno_core::resolve_import(specifier, referrer).map_err(JsErrorBox::from_err);
        }
        self.resolve_now(specifier, referrer)
    }

    fn load(
        &self,
        specifier: &ModuleSpecifier,
        _maybe_referrer: Option<&ModuleLoadReferrer>,
        options: ModuleLoadOptions,
    ) -> ModuleLoadResponse {
        // Synchronous on purpose: require(esm) drives this through block_on.
        if specifier.scheme() == FAILURE_SCHEME {
            let id = specifier.path().parse::<u64>().unwrap_or(0);
            let failure = self.failed.borrow_mut().remove(&id);
            let (code, message) = failure.unwrap_or(("ERR_INTERNAL_ASSERTION", String::new()));
            return ModuleLoadResponse::Sync(Ok(self.failure_source(specifier, code, &message)));
        }
        let root =
            options.is_dynamic_import && self.dynamic_roots.borrow_mut().remove(specifier.as_str());
        let result = self.load_now(specifier, &options);
        if root {
            if let Err(err) = &result {
                if let Some((code, message)) = error_code(err) {
                    return ModuleLoadResponse::Sync(Ok(
                        self.failure_source(specifier, code, &message)
                    ));
                }
            }
        }
        ModuleLoadResponse::Sync(result)
    }
}

impl HostModuleLoader {
    fn resolve_now(&self, specifier: &str, referrer: &str) -> ModuleResolveResponse {
        if let Some(name) = specifier.strip_prefix("node:") {
            if !self.builtins.contains_key(name) {
                return Err(loader_error(
                    "ERR_UNKNOWN_BUILTIN_MODULE",
                    format!("No such built-in module: {specifier}"),
                ));
            }
            return ModuleSpecifier::parse(specifier).map_err(JsErrorBox::from_err);
        }
        if self.builtins.contains_key(specifier)
            && !specifier.starts_with('.')
            && !specifier.starts_with('/')
        {
            return ModuleSpecifier::parse(&format!("node:{specifier}"))
                .map_err(JsErrorBox::from_err);
        }
        if specifier.starts_with("data:") {
            return ModuleSpecifier::parse(specifier).map_err(JsErrorBox::from_err);
        }
        if specifier.starts_with("file:") {
            let url = ModuleSpecifier::parse(specifier).map_err(JsErrorBox::from_err)?;
            // A file URL names its file exactly; a missing one is Node's
            // ERR_MODULE_NOT_FOUND (-e code under its own URL excepted).
            if let Ok(path) = url.to_file_path() {
                if eval_source(url.as_str()).is_none() && !path.is_file() {
                    if path.is_dir() {
                        return Err(loader_error(
                            "ERR_UNSUPPORTED_DIR_IMPORT",
                            format!(
                                "Directory import '{}' is not supported resolving ES modules imported from {}",
                                path.display(),
                                display_referrer(referrer)
                            ),
                        ));
                    }
                    return Err(loader_error(
                        "ERR_MODULE_NOT_FOUND",
                        format!(
                            "Cannot find module '{}' imported from {}",
                            path.display(),
                            display_referrer(referrer)
                        ),
                    ));
                }
            }
            return Ok(url);
        }
        let base_dir = referrer_path(referrer)
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let is_path = specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier.starts_with('/')
            || specifier == "."
            || specifier == "..";
        let request = if is_path {
            // Relative specifiers are URLs: decode %xx the way Node does.
            let joined =
                deno_core::resolve_import(specifier, file_url(&base_dir.join("x"))?.as_ref())
                    .map_err(JsErrorBox::from_err)?;
            match joined.to_file_path() {
                Ok(p) => p.to_string_lossy().into_owned(),
                Err(()) => specifier.to_string(),
            }
        } else {
            specifier.to_string()
        };
        match resolve(&request, &base_dir, ResolveMode::Import) {
            Ok(path) => file_url(&path),
            Err(ResolveError::NotFound) => {
                let what = if is_path { "module" } else { "package" };
                let shown = if is_path {
                    request.clone()
                } else {
                    package_name(specifier).to_string()
                };
                Err(loader_error(
                    "ERR_MODULE_NOT_FOUND",
                    format!("Cannot find {what} '{shown}' imported from {}", display_referrer(referrer)),
                ))
            }
            Err(ResolveError::DirectoryImport(p)) => {
                let mut message = format!(
                    "Directory import '{}' is not supported resolving ES modules imported from {}",
                    p.display(),
                    display_referrer(referrer)
                );
                if p.join("index.js").is_file() {
                    let base = specifier.trim_end_matches('/');
                    message.push_str(&format!("\nDid you mean to import \"{base}/index.js\"?"));
                }
                Err(loader_error("ERR_UNSUPPORTED_DIR_IMPORT", message))
            }
            Err(ResolveError::ImportNotDefined { package_json }) => {
                let within = package_json
                    .map(|p| format!(" in package {}", p.display()))
                    .unwrap_or_default();
                Err(loader_error(
                    "ERR_PACKAGE_IMPORT_NOT_DEFINED",
                    format!(
                        "Package import specifier \"{specifier}\" is not defined{within} imported from {}",
                        display_referrer(referrer)
                    ),
                ))
            }
            Err(ResolveError::NotExported { subpath, package_json }) => Err(loader_error(
                "ERR_PACKAGE_PATH_NOT_EXPORTED",
                format!(
                    "Package subpath '{subpath}' is not defined by \"exports\" in {} imported from {}",
                    package_json.display(),
                    display_referrer(referrer)
                ),
            )),
        }
    }
}

/// The package part of a bare specifier: `a/b` -> `a`, `@s/a/b` -> `@s/a`.
fn package_name(specifier: &str) -> &str {
    let mut ends = specifier.match_indices('/').map(|(i, _)| i);
    let end = if specifier.starts_with('@') {
        ends.nth(1)
    } else {
        ends.next()
    };
    &specifier[..end.unwrap_or(specifier.len())]
}

fn js_source(specifier: &ModuleSpecifier, code: String) -> ModuleSource {
    ModuleSource::new(
        ModuleType::JavaScript,
        ModuleSourceCode::String(code.into()),
        specifier,
        None,
    )
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

const RESERVED: &[&str] = &[
    "default",
    "class",
    "function",
    "var",
    "let",
    "const",
    "import",
    "export",
    "return",
    "if",
    "else",
    "for",
    "while",
    "do",
    "new",
    "delete",
    "typeof",
    "instanceof",
    "in",
    "of",
    "this",
    "super",
    "null",
    "true",
    "false",
    "void",
    "with",
    "yield",
    "await",
    "enum",
    "switch",
    "case",
    "break",
    "continue",
    "throw",
    "try",
    "catch",
    "finally",
    "debugger",
    "extends",
    "static",
    "package",
    "interface",
    "private",
    "protected",
    "public",
    "implements",
];

fn facade(getter: &str, names: &[String]) -> String {
    let mut code = format!("const m = {getter};\nexport default m;\n");
    let mut seen = std::collections::HashSet::new();
    for name in names {
        if is_identifier(name) && !RESERVED.contains(&name.as_str()) && seen.insert(name.as_str()) {
            code.push_str(&format!(
                "export const {name} = m == null ? undefined : m.{name};\n"
            ));
        }
    }
    code
}

/// Export names of a CommonJS file as Node's lexer finds them, with the
/// names of the CommonJS modules it re-exports (`module.exports =
/// require(...)`, `__exportStar(require(...))`, Babel's loop).
fn cjs_export_names(
    path: &Path,
    source: &str,
    depth: usize,
    seen: &mut HashSet<PathBuf>,
) -> Vec<String> {
    let found = cjs_lexer::parse(source);
    let mut names = found.names;
    if depth > 32 {
        return names;
    }
    let dir = path.parent().unwrap_or(Path::new("/"));
    for spec in found.reexports {
        let Ok(target) = resolve(&spec, dir, ResolveMode::Require) else {
            continue;
        };
        let ext = target.extension().and_then(|e| e.to_str()).unwrap_or("");
        let commonjs = match ext {
            "cjs" => true,
            "js" => package_type(&target) == "commonjs",
            _ => false,
        };
        if !commonjs || !seen.insert(target.clone()) {
            continue;
        }
        if let Ok(text) = std::fs::read_to_string(&target) {
            names.extend(cjs_export_names(&target, &text, depth + 1, seen));
        }
    }
    names
}

/// The facade module of a CommonJS file: `default` and "module.exports" are
/// module.exports, every detected name a property of it.
fn cjs_facade(getter: &str, names: &[String]) -> String {
    let mut code =
        format!("const m = {getter};\nexport default m;\nexport {{ m as \"module.exports\" }};\n");
    let mut seen = HashSet::new();
    for (i, name) in names.iter().enumerate() {
        if name == "default" || name == "module.exports" || !seen.insert(name.as_str()) {
            continue;
        }
        let quoted = serde_json::Value::from(name.as_str()).to_string();
        code.push_str(&format!(
            "const n{i} = m == null ? undefined : m[{quoted}];\nexport {{ n{i} as {quoted} }};\n"
        ));
    }
    code
}

/// Whether a `.js` file of a "commonjs" package uses ES module syntax (Node
/// 24 then runs it as a module).
fn looks_like_esm(source: &str) -> bool {
    source.lines().any(|line| {
        let l = line.trim_start();
        (l.starts_with("import ")
            || l.starts_with("import{")
            || l.starts_with("export ")
            || l.starts_with("export{"))
            && !l.starts_with("import(")
    }) && !source.contains("require(")
        && !source.contains("module.exports")
}

fn decode_data_url(specifier: &ModuleSpecifier) -> Result<String, JsErrorBox> {
    let s = specifier.as_str();
    let body = s.strip_prefix("data:").unwrap_or(s);
    let (meta, data) = body
        .split_once(',')
        .ok_or_else(|| JsErrorBox::type_error(format!("Invalid data: URL {s}")))?;
    let mime = meta.split(';').next().unwrap_or("");
    if !matches!(
        mime,
        "text/javascript" | "application/javascript" | "application/json" | ""
    ) {
        return Err(loader_error(
            "ERR_UNKNOWN_MODULE_FORMAT",
            format!("Unknown module format: {mime} for URL {s}"),
        ));
    }
    let decoded = percent_decode(data);
    if meta.ends_with(";base64") {
        let text: String = decoded
            .iter()
            .map(|b| *b as char)
            .filter(|c| !c.is_whitespace())
            .collect();
        let bytes = base64_decode(&text)
            .ok_or_else(|| JsErrorBox::type_error("Invalid base64 in data: URL"))?;
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(String::from_utf8_lossy(&decoded).into_owned())
}

fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""), 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a' + 26) as u32,
            b'0'..=b'9' => (c - b'0' + 52) as u32,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        })
    }
    let clean: Vec<u8> = s.bytes().filter(|b| *b != b'=').collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut acc = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            acc |= val(*b)? << (18 - 6 * i);
        }
        let n = chunk.len();
        out.push((acc >> 16) as u8);
        if n > 2 {
            out.push((acc >> 8) as u8);
        }
        if n > 3 {
            out.push(acc as u8);
        }
    }
    Some(out)
}

impl HostModuleLoader {
    fn load_now(
        &self,
        specifier: &ModuleSpecifier,
        options: &ModuleLoadOptions,
    ) -> Result<ModuleSource, JsErrorBox> {
        match specifier.scheme() {
            "node" => {
                let name = specifier.path();
                let names = self.builtins.get(name).cloned().unwrap_or_default();
                let getter = format!("globalThis[Symbol.for('host.builtin')]({name:?})");
                Ok(js_source(specifier, facade(&getter, &names)))
            }
            "data" => {
                let code = decode_data_url(specifier)?;
                if specifier.as_str().starts_with("data:application/json") {
                    return Ok(ModuleSource::new(
                        ModuleType::Json,
                        ModuleSourceCode::String(code.into()),
                        specifier,
                        None,
                    ));
                }
                Ok(js_source(specifier, code))
            }
            "file" => {
                if let Some(code) = eval_source(specifier.as_str()) {
                    return Ok(js_source(specifier, code));
                }
                let path = specifier
                    .to_file_path()
                    .map_err(|()| JsErrorBox::type_error(format!("invalid file URL {specifier}")))?;
                let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                if ext == "json" {
                    if options.requested_module_type != RequestedModuleType::Json {
                        return Err(loader_error(
                            "ERR_IMPORT_ATTRIBUTE_MISSING",
                            format!("Module \"{specifier}\" needs an import attribute of \"type: json\""),
                        ));
                    }
                    let text = std::fs::read_to_string(&path).map_err(JsErrorBox::from_err)?;
                    return Ok(ModuleSource::new(
                        ModuleType::Json,
                        ModuleSourceCode::String(text.into()),
                        specifier,
                        None,
                    ));
                }
                if !matches!(ext, "" | "js" | "mjs" | "cjs") {
                    return Err(loader_error(
                        "ERR_UNKNOWN_FILE_EXTENSION",
                        format!("Unknown file extension \".{ext}\" for {}", path.display()),
                    ));
                }
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    loader_error("ERR_MODULE_NOT_FOUND", format!("Cannot find module '{}': {e}", path.display()))
                })?;
                let commonjs = match ext {
                    "mjs" => false,
                    "cjs" => true,
                    "js" => {
                        package_type(&path) == "commonjs"
                            && !marked_esm(&path.to_string_lossy())
                            && !looks_like_esm(&text)
                    }
                    _ => true,
                };
                if commonjs {
                    let getter = format!(
                        "globalThis[Symbol.for('host.requireForImport')]({:?})",
                        path.to_string_lossy()
                    );
                    let mut seen = HashSet::from([path.clone()]);
                    let names = cjs_export_names(&path, &text, 0, &mut seen);
                    return Ok(js_source(specifier, cjs_facade(&getter, &names)));
                }
                Ok(js_source(specifier, text))
            }
            other => Err(loader_error(
                "ERR_UNSUPPORTED_ESM_URL_SCHEME",
                format!(
                    "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{other}:'"
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cjs_export_names() {
        let found = cjs_lexer::parse(
            "exports.a = 1; module.exports.b = 2; // exports.no = 1\n module.exports = { c, d: x, e(){}, f: 1, g };",
        );
        assert_eq!(found.names, ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn decodes_base64() {
        assert_eq!(base64_decode("aGk=").unwrap(), b"hi");
    }
}
