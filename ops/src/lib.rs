//! Rust ops behind host's Node modules, one module (and one deno_core
//! extension) per OS subsystem. `extensions()` lists them in the fixed order
//! the startup snapshot was made with.

pub mod bootstrap;
pub mod buffer;
pub mod credentials;
pub mod cross_thread;
pub mod crypto;
pub mod dgram;
pub mod dns;
pub mod error;
pub mod fs;
pub mod http;
pub mod ipc;
pub mod locks;
pub mod message_port;
pub mod module;
pub mod net;
pub mod os;
pub mod pipe;
pub mod process;
pub mod serialize;
pub mod signal;
pub mod stdio;
pub mod url;
pub mod util;
pub mod v8_serializer;
pub mod vm;
pub mod worker;
pub mod worker_messaging;
pub mod zlib;

use deno_core::Extension;

pub use bootstrap::{ExitRequest, HostConfig, HostKind};

/// The extensions of one isolate, in snapshot order. `config` describes the
/// process or worker the isolate runs; at snapshot time pass
/// [`HostConfig::placeholder`].
pub fn extensions(config: HostConfig) -> Vec<Extension> {
    vec![
        bootstrap::host_bootstrap::init(config),
        error::host_error::init(),
        module::host_module::init(),
        fs::host_fs::init(),
        os::host_os::init(),
        url::host_url::init(),
        stdio::host_stdio::init(),
        signal::host_signal::init(),
        buffer::host_buffer::init(),
        serialize::host_serialize::init(),
        process::host_process::init(),
        pipe::host_pipe::init(),
        ipc::host_ipc::init(),
        net::host_net::init(),
        dgram::host_dgram::init(),
        crypto::host_crypto::init(),
        dns::host_dns::init(),
        v8_serializer::host_v8_serializer::init(),
        http::host_http::init(),
        message_port::host_message_port::init(),
        worker::host_worker::init(),
        util::host_util::init(),
        zlib::host_zlib::init(),
        vm::host_vm::init(),
        locks::host_locks::init(),
        credentials::host_credentials::init(),
    ]
}
