// `<linux/landlock.h>`: unprivileged sandboxing: rulesets, rules, access
// rights and scopes, and `landlock_create_ruleset`, `landlock_add_rule` and
// `landlock_restrict_self`, which musl does not wrap, as Rust functions over
// `syscall` with C's contract (the kernel's `include/uapi/linux/landlock.h`).

/// What a ruleset handles; the kernel takes the size the caller passes, so
/// a caller may pass only the first fields of it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct landlock_ruleset_attr {
    pub handled_access_fs: __u64,
    pub handled_access_net: __u64,
    pub scoped: __u64,
    pub quiet_access_fs: __u64,
    pub quiet_access_net: __u64,
    pub quiet_scoped: __u64,
}

pub const LANDLOCK_CREATE_RULESET_VERSION: c_uint = 1 << 0;
pub const LANDLOCK_CREATE_RULESET_ERRATA: c_uint = 1 << 1;

pub const LANDLOCK_ADD_RULE_QUIET: c_uint = 1 << 0;

pub const LANDLOCK_RESTRICT_SELF_LOG_SAME_EXEC_OFF: c_uint = 1 << 0;
pub const LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON: c_uint = 1 << 1;
pub const LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF: c_uint = 1 << 2;
pub const LANDLOCK_RESTRICT_SELF_TSYNC: c_uint = 1 << 3;

/// The kind of a rule (an enum in C).
pub type landlock_rule_type = c_uint;

pub const LANDLOCK_RULE_PATH_BENEATH: landlock_rule_type = 1;
pub const LANDLOCK_RULE_NET_PORT: landlock_rule_type = 2;

/// A `LANDLOCK_RULE_PATH_BENEATH` rule (packed, as in C).
#[repr(C, packed)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct landlock_path_beneath_attr {
    pub allowed_access: __u64,
    pub parent_fd: __s32,
}

/// A `LANDLOCK_RULE_NET_PORT` rule.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct landlock_net_port_attr {
    pub allowed_access: __u64,
    pub port: __u64,
}

pub const LANDLOCK_ACCESS_FS_EXECUTE: __u64 = 1 << 0;
pub const LANDLOCK_ACCESS_FS_WRITE_FILE: __u64 = 1 << 1;
pub const LANDLOCK_ACCESS_FS_READ_FILE: __u64 = 1 << 2;
pub const LANDLOCK_ACCESS_FS_READ_DIR: __u64 = 1 << 3;
pub const LANDLOCK_ACCESS_FS_REMOVE_DIR: __u64 = 1 << 4;
pub const LANDLOCK_ACCESS_FS_REMOVE_FILE: __u64 = 1 << 5;
pub const LANDLOCK_ACCESS_FS_MAKE_CHAR: __u64 = 1 << 6;
pub const LANDLOCK_ACCESS_FS_MAKE_DIR: __u64 = 1 << 7;
pub const LANDLOCK_ACCESS_FS_MAKE_REG: __u64 = 1 << 8;
pub const LANDLOCK_ACCESS_FS_MAKE_SOCK: __u64 = 1 << 9;
pub const LANDLOCK_ACCESS_FS_MAKE_FIFO: __u64 = 1 << 10;
pub const LANDLOCK_ACCESS_FS_MAKE_BLOCK: __u64 = 1 << 11;
pub const LANDLOCK_ACCESS_FS_MAKE_SYM: __u64 = 1 << 12;
pub const LANDLOCK_ACCESS_FS_REFER: __u64 = 1 << 13;
pub const LANDLOCK_ACCESS_FS_TRUNCATE: __u64 = 1 << 14;
pub const LANDLOCK_ACCESS_FS_IOCTL_DEV: __u64 = 1 << 15;
pub const LANDLOCK_ACCESS_FS_RESOLVE_UNIX: __u64 = 1 << 16;

pub const LANDLOCK_ACCESS_NET_BIND_TCP: __u64 = 1 << 0;
pub const LANDLOCK_ACCESS_NET_CONNECT_TCP: __u64 = 1 << 1;
pub const LANDLOCK_ACCESS_NET_BIND_UDP: __u64 = 1 << 2;
pub const LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP: __u64 = 1 << 3;

pub const LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET: __u64 = 1 << 0;
pub const LANDLOCK_SCOPE_SIGNAL: __u64 = 1 << 1;

/// A new ruleset (a file descriptor), or with
/// `LANDLOCK_CREATE_RULESET_VERSION` and no attributes the ABI version.
#[inline]
pub unsafe fn landlock_create_ruleset(
    attr: *const landlock_ruleset_attr,
    size: size_t,
    flags: c_uint,
) -> c_int {
    syscall(
        crate::SYS_landlock_create_ruleset,
        attr,
        size,
        flags as c_long,
    ) as c_int
}

/// Adds a rule of `rule_type` (its attributes at `rule_attr`) to a ruleset.
#[inline]
pub unsafe fn landlock_add_rule(
    ruleset_fd: c_int,
    rule_type: landlock_rule_type,
    rule_attr: *const c_void,
    flags: c_uint,
) -> c_int {
    let (fd, ty, fl) = (ruleset_fd as c_long, rule_type as c_long, flags as c_long);
    syscall(crate::SYS_landlock_add_rule, fd, ty, rule_attr, fl) as c_int
}

/// Enforces a ruleset on the calling thread (and, with
/// `LANDLOCK_RESTRICT_SELF_TSYNC`, its siblings).
#[inline]
pub unsafe fn landlock_restrict_self(ruleset_fd: c_int, flags: c_uint) -> c_int {
    syscall(
        crate::SYS_landlock_restrict_self,
        ruleset_fd as c_long,
        flags as c_long,
    ) as c_int
}
