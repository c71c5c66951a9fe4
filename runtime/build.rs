//! Makes the startup snapshot: every op extension plus all of `js/`,
//! evaluated once here so processes and workers start from a ready heap.
//! Also records each built-in's export names for the ES module facades.

use std::path::PathBuf;

#[path = "src/js_ext.rs"]
mod js_ext;

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let js_dir = manifest.parent().expect("workspace root").join("js");
    println!("cargo:rerun-if-changed={}", js_dir.display());
    for (_, path) in js_ext::js_files(&js_dir) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let js = js_ext::js_extension_from_dir(&js_dir).unwrap_or_else(|e| panic!("{e}"));
    let mut extensions = host_ops::extensions(host_ops::HostConfig::placeholder());
    extensions.push(js);

    let export_names = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = export_names.clone();
    let snapshot = deno_core::snapshot::create_snapshot(
        deno_core::snapshot::CreateSnapshotOptions {
            cargo_manifest_dir: env!("CARGO_MANIFEST_DIR"),
            startup_snapshot: None,
            skip_op_registration: false,
            extensions,
            extension_transpiler: None,
            with_runtime_cb: Some(Box::new(move |rt| {
                let value = rt
                    .execute_script(
                        "[host:export-names]",
                        "JSON.stringify(globalThis.__hostHooks.builtinExportNames())",
                    )
                    .unwrap_or_else(|e| panic!("collecting built-in export names: {e}"));
                deno_core::scope!(scope, rt);
                let local = deno_core::v8::Local::new(scope, value);
                *sink.lock().unwrap() = local.to_rust_string_lossy(scope);
            })),
        },
        None,
    )
    .unwrap_or_else(|e| panic!("creating the startup snapshot failed: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("HOST_SNAPSHOT.bin"), &snapshot.output).expect("write snapshot");
    std::fs::write(
        out.join("builtin_exports.json"),
        export_names.lock().unwrap().as_bytes(),
    )
    .expect("write export names");
}
