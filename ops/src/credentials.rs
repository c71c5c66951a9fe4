//! The process's user and group ids: `process.getgroups()`, `setuid()`,
//! `setgid()`, `seteuid()`, `setegid()`, `setgroups()`, `initgroups()`, and
//! the user/group name lookups they accept.

use std::ffi::CString;

use deno_core::op2;

use crate::error::SysError;

/// Which id `op_credentials_set_id` changes.
const SET_UID: u32 = 0;
const SET_GID: u32 = 1;
const SET_EUID: u32 = 2;
const SET_EGID: u32 = 3;

fn last_error(syscall: &'static str) -> SysError {
    SysError::io(&std::io::Error::last_os_error(), syscall)
}

/// getgroups(2): the supplementary groups.
#[op2]
#[serde]
fn op_credentials_getgroups() -> Result<Vec<u32>, SysError> {
    // SAFETY: a null list with size 0 asks for the count only.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_error("getgroups"));
    }
    let mut groups = vec![0 as libc::gid_t; n as usize];
    // SAFETY: `groups` has room for `n` entries.
    let got = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if got < 0 {
        return Err(last_error("getgroups"));
    }
    groups.truncate(got as usize);
    Ok(groups)
}

/// setuid/setgid/seteuid/setegid(2), `which` one of the SET_* kinds.
#[op2(fast)]
fn op_credentials_set_id(which: u32, id: u32) -> Result<(), SysError> {
    // SAFETY: plain system calls on integers.
    let (rc, syscall) = unsafe {
        match which {
            SET_UID => (libc::setuid(id), "setuid"),
            SET_GID => (libc::setgid(id), "setgid"),
            SET_EUID => (libc::seteuid(id), "seteuid"),
            SET_EGID => (libc::setegid(id), "setegid"),
            _ => (-1, "setid"),
        }
    };
    if rc != 0 {
        return Err(last_error(syscall));
    }
    Ok(())
}

/// The uid of user `name` (getpwnam_r), or -1 when there is none.
#[op2(fast)]
fn op_credentials_uid_of(#[string] name: &str) -> f64 {
    let Ok(cname) = CString::new(name) else {
        return -1.0;
    };
    let mut buf = vec![0 as libc::c_char; 16384];
    // SAFETY: valid out-pointers and a writable buffer of the given length.
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwnam_r(
            cname.as_ptr(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        );
        if rc != 0 || result.is_null() {
            return -1.0;
        }
        pwd.pw_uid as f64
    }
}

/// The gid of group `name` (getgrnam_r), or -1 when there is none.
#[op2(fast)]
fn op_credentials_gid_of(#[string] name: &str) -> f64 {
    let Ok(cname) = CString::new(name) else {
        return -1.0;
    };
    let mut buf = vec![0 as libc::c_char; 65536];
    // SAFETY: valid out-pointers and a writable buffer of the given length.
    unsafe {
        let mut grp: libc::group = std::mem::zeroed();
        let mut result: *mut libc::group = std::ptr::null_mut();
        let rc = libc::getgrnam_r(
            cname.as_ptr(),
            &mut grp,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        );
        if rc != 0 || result.is_null() {
            return -1.0;
        }
        grp.gr_gid as f64
    }
}

/// setgroups(2).
#[op2]
fn op_credentials_setgroups(#[serde] groups: Vec<u32>) -> Result<(), SysError> {
    // SAFETY: the list is valid for its length.
    let rc = unsafe { libc::setgroups(groups.len(), groups.as_ptr()) };
    if rc != 0 {
        return Err(last_error("setgroups"));
    }
    Ok(())
}

/// initgroups(3).
#[op2(fast)]
fn op_credentials_initgroups(#[string] user: &str, gid: u32) -> Result<(), SysError> {
    let Ok(cuser) = CString::new(user) else {
        return Err(SysError::new(libc::EINVAL, "initgroups"));
    };
    // SAFETY: a valid C string and a gid.
    let rc = unsafe { libc::initgroups(cuser.as_ptr(), gid) };
    if rc != 0 {
        return Err(last_error("initgroups"));
    }
    Ok(())
}

deno_core::extension!(
    host_credentials,
    ops = [
        op_credentials_getgroups,
        op_credentials_set_id,
        op_credentials_uid_of,
        op_credentials_gid_of,
        op_credentials_setgroups,
        op_credentials_initgroups,
    ],
);
