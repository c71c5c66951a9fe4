//! Rust ops behind host's Node modules, one module (and one deno_core
//! extension) per OS subsystem. `extensions()` lists them in the fixed order
//! the startup snapshot was made with.

pub mod bootstrap;
pub mod error;
pub mod fs;
pub mod module;
pub mod os;
pub mod stdio;

use deno_core::Extension;

pub use bootstrap::{ExitRequest, HostConfig, HostKind};

/// The extensions of one isolate, in snapshot order. `config` describes the
/// process or worker the isolate runs; at snapshot time pass
/// [`HostConfig::placeholder`].
pub fn extensions(config: HostConfig) -> Vec<Extension> {
    vec![
        bootstrap::host_bootstrap::init(config),
        error::host_error::init(),
        fs::host_fs::init(),
        module::host_module::init(),
        os::host_os::init(),
        stdio::host_stdio::init(),
    ]
}
