//! File system ops for `fs`, `fs/promises` and the module loader.

use deno_core::op2;

use crate::error::SysError;

/// Read a whole file as UTF-8 (lossy), as the module loader needs.
#[op2]
#[string]
fn op_fs_read_file_utf8(#[string] path: String) -> Result<String, SysError> {
    let bytes = std::fs::read(&path).map_err(|e| SysError::io(&e, "open").with_path(path))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// 0 = missing, 1 = file, 2 = directory (what module resolution asks).
#[op2(fast)]
#[smi]
fn op_fs_stat_kind(#[string] path: &str) -> i32 {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    }
}

/// `fs.realpathSync` as Node resolves it (symlinks followed).
#[op2]
#[string]
fn op_fs_realpath(#[string] path: String) -> Result<String, SysError> {
    std::fs::canonicalize(&path)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| SysError::io(&e, "realpath").with_path(path))
}

deno_core::extension!(
    host_fs,
    ops = [op_fs_read_file_utf8, op_fs_stat_kind, op_fs_realpath]
);
