// `<linux/keyctl.h>`: the kernel key retention service: special keyrings,
// `keyctl` operations and their flags, and `add_key`, `request_key` and
// `keyctl`, which musl does not wrap, as Rust functions over `syscall` with
// C's contract (the kernel's `include/uapi/linux/keyctl.h`; the functions as
// libkeyutils declares them, `keyctl` with the system call's four arguments).

pub const KEY_SPEC_THREAD_KEYRING: i32 = -1;
pub const KEY_SPEC_PROCESS_KEYRING: i32 = -2;
pub const KEY_SPEC_SESSION_KEYRING: i32 = -3;
pub const KEY_SPEC_USER_KEYRING: i32 = -4;
pub const KEY_SPEC_USER_SESSION_KEYRING: i32 = -5;
pub const KEY_SPEC_GROUP_KEYRING: i32 = -6;
pub const KEY_SPEC_REQKEY_AUTH_KEY: i32 = -7;
pub const KEY_SPEC_REQUESTOR_KEYRING: i32 = -8;
pub const KEY_REQKEY_DEFL_NO_CHANGE: i32 = -1;
pub const KEY_REQKEY_DEFL_DEFAULT: i32 = 0;
pub const KEY_REQKEY_DEFL_THREAD_KEYRING: i32 = 1;
pub const KEY_REQKEY_DEFL_PROCESS_KEYRING: i32 = 2;
pub const KEY_REQKEY_DEFL_SESSION_KEYRING: i32 = 3;
pub const KEY_REQKEY_DEFL_USER_KEYRING: i32 = 4;
pub const KEY_REQKEY_DEFL_USER_SESSION_KEYRING: i32 = 5;
pub const KEY_REQKEY_DEFL_GROUP_KEYRING: i32 = 6;
pub const KEY_REQKEY_DEFL_REQUESTOR_KEYRING: i32 = 7;
pub const KEYCTL_GET_KEYRING_ID: u32 = 0;
pub const KEYCTL_JOIN_SESSION_KEYRING: u32 = 1;
pub const KEYCTL_UPDATE: u32 = 2;
pub const KEYCTL_REVOKE: u32 = 3;
pub const KEYCTL_CHOWN: u32 = 4;
pub const KEYCTL_SETPERM: u32 = 5;
pub const KEYCTL_DESCRIBE: u32 = 6;
pub const KEYCTL_CLEAR: u32 = 7;
pub const KEYCTL_LINK: u32 = 8;
pub const KEYCTL_UNLINK: u32 = 9;
pub const KEYCTL_SEARCH: u32 = 10;
pub const KEYCTL_READ: u32 = 11;
pub const KEYCTL_INSTANTIATE: u32 = 12;
pub const KEYCTL_NEGATE: u32 = 13;
pub const KEYCTL_SET_REQKEY_KEYRING: u32 = 14;
pub const KEYCTL_SET_TIMEOUT: u32 = 15;
pub const KEYCTL_ASSUME_AUTHORITY: u32 = 16;
pub const KEYCTL_GET_SECURITY: u32 = 17;
pub const KEYCTL_SESSION_TO_PARENT: u32 = 18;
pub const KEYCTL_REJECT: u32 = 19;
pub const KEYCTL_INSTANTIATE_IOV: u32 = 20;
pub const KEYCTL_INVALIDATE: u32 = 21;
pub const KEYCTL_GET_PERSISTENT: u32 = 22;
pub const KEYCTL_DH_COMPUTE: u32 = 23;
pub const KEYCTL_PKEY_QUERY: u32 = 24;
pub const KEYCTL_PKEY_ENCRYPT: u32 = 25;
pub const KEYCTL_PKEY_DECRYPT: u32 = 26;
pub const KEYCTL_PKEY_SIGN: u32 = 27;
pub const KEYCTL_PKEY_VERIFY: u32 = 28;
pub const KEYCTL_RESTRICT_KEYRING: u32 = 29;
pub const KEYCTL_MOVE: u32 = 30;
pub const KEYCTL_CAPABILITIES: u32 = 31;
pub const KEYCTL_SUPPORTS_ENCRYPT: u32 = 0x01;
pub const KEYCTL_SUPPORTS_DECRYPT: u32 = 0x02;
pub const KEYCTL_SUPPORTS_SIGN: u32 = 0x04;
pub const KEYCTL_SUPPORTS_VERIFY: u32 = 0x08;
pub const KEYCTL_CAPS0_CAPABILITIES: u32 = 0x01;
pub const KEYCTL_CAPS0_PERSISTENT_KEYRINGS: u32 = 0x02;
pub const KEYCTL_CAPS0_DIFFIE_HELLMAN: u32 = 0x04;
pub const KEYCTL_CAPS0_PUBLIC_KEY: u32 = 0x08;
pub const KEYCTL_CAPS0_BIG_KEY: u32 = 0x10;
pub const KEYCTL_CAPS0_INVALIDATE: u32 = 0x20;
pub const KEYCTL_CAPS0_RESTRICT_KEYRING: u32 = 0x40;
pub const KEYCTL_CAPS0_MOVE: u32 = 0x80;
pub const KEYCTL_CAPS1_NS_KEYRING_NAME: u32 = 0x01;
pub const KEYCTL_CAPS1_NS_KEY_TAG: u32 = 0x02;

/// Creates or updates a key of `ty` in the keyring `keyring`; its serial.
#[inline]
pub unsafe fn add_key(
    ty: *const c_char,
    description: *const c_char,
    payload: *const c_void,
    plen: size_t,
    keyring: i32,
) -> i32 {
    syscall(
        SYS_add_key,
        ty,
        description,
        payload,
        plen,
        keyring as c_long,
    ) as i32
}

/// Finds (or has user space construct) a key; its serial.
#[inline]
pub unsafe fn request_key(
    ty: *const c_char,
    description: *const c_char,
    callout_info: *const c_char,
    dest_keyring: i32,
) -> i32 {
    syscall(
        SYS_request_key,
        ty,
        description,
        callout_info,
        dest_keyring as c_long,
    ) as i32
}

/// Key management operation `operation` (`KEYCTL_*`); the meaning of the
/// other arguments depends on it (pass 0 for those it does not use).
#[inline]
pub unsafe fn keyctl(
    operation: c_int,
    arg2: c_ulong,
    arg3: c_ulong,
    arg4: c_ulong,
    arg5: c_ulong,
) -> c_long {
    syscall(SYS_keyctl, operation as c_long, arg2, arg3, arg4, arg5)
}
