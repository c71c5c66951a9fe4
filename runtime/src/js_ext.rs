//! The extension that carries `js/`: made from the files on disk at
//! snapshot time (build.rs) or in development mode, and an empty extension
//! of the same name at run time (its code is inside the snapshot).
//! Shared by build.rs and the library through `#[path]`.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use deno_core::{Extension, ExtensionFileSource};

/// Name of the JS extension; must match between snapshot and run time.
pub const JS_EXTENSION_NAME: &str = "host_js";
/// The bootstrap module; it imports what start-up needs.
pub const MAIN_MODULE: &str = "ext:host/internal/bootstrap/main.js";
/// A generated module importing the bootstrap and then every other file,
/// so that no file of js/ is left unevaluated (deno_core refuses that).
pub const ENTRY_POINT: &str = "ext:host/internal/bootstrap/all.js";

/// Every `.js` file under `js_dir`, with its `ext:host/...` specifier, in a
/// stable order.
pub fn js_files(js_dir: &Path) -> Vec<(String, PathBuf)> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, base, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                let rel = path.strip_prefix(base).unwrap_or(&path);
                out.push((format!("ext:host/{}", rel.to_string_lossy()), path.clone()));
            }
        }
    }
    let mut out = Vec::new();
    walk(js_dir, js_dir, &mut out);
    out
}

/// The JS extension with its sources read from `js_dir` now. Fails on a file
/// that is not 7-bit ASCII (deno_core requires it).
pub fn js_extension_from_dir(js_dir: &Path) -> Result<Extension, String> {
    let mut sources = Vec::new();
    let mut entry = format!("import \"{MAIN_MODULE}\";\n");
    for (specifier, path) in js_files(js_dir) {
        if specifier != MAIN_MODULE {
            entry.push_str(&format!("import \"{specifier}\";\n"));
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some((line, _)) = text.lines().enumerate().find(|(_, l)| !l.is_ascii()) {
            return Err(format!(
                "{}:{}: JS under js/ must be 7-bit ASCII (escape it as \\uXXXX)",
                path.display(),
                line + 1
            ));
        }
        let specifier: &'static str = Box::leak(specifier.into_boxed_str());
        sources.push(ExtensionFileSource::new_computed(
            specifier,
            Arc::from(text),
        ));
    }
    sources.push(ExtensionFileSource::new_computed(
        ENTRY_POINT,
        Arc::from(entry),
    ));
    Ok(Extension {
        name: JS_EXTENSION_NAME,
        esm_files: Cow::Owned(sources),
        esm_entry_point: Some(ENTRY_POINT),
        ..Default::default()
    })
}

/// The JS extension as registered at run time on top of the snapshot.
#[allow(dead_code)]
pub fn js_extension_in_snapshot() -> Extension {
    Extension {
        name: JS_EXTENSION_NAME,
        ..Default::default()
    }
}
