// `<linux/mount.h>`: the new mount API (`fsopen`, `fsconfig`, `fsmount`,
// `fspick`, `move_mount`, `open_tree`, `mount_setattr`): flags, `struct
// mount_attr`, and the calls, which musl does not wrap, as Rust functions over
// `syscall` with C's contract (the kernel's `include/uapi/linux/mount.h`).

pub const OPEN_TREE_CLONE: c_uint = 1 << 0;
pub const OPEN_TREE_NAMESPACE: c_uint = 1 << 1;
pub const OPEN_TREE_CLOEXEC: c_uint = crate::O_CLOEXEC as c_uint;
pub const MOVE_MOUNT_F_SYMLINKS: c_uint = 0x00000001;
pub const MOVE_MOUNT_F_AUTOMOUNTS: c_uint = 0x00000002;
pub const MOVE_MOUNT_F_EMPTY_PATH: c_uint = 0x00000004;
pub const MOVE_MOUNT_T_SYMLINKS: c_uint = 0x00000010;
pub const MOVE_MOUNT_T_AUTOMOUNTS: c_uint = 0x00000020;
pub const MOVE_MOUNT_T_EMPTY_PATH: c_uint = 0x00000040;
pub const MOVE_MOUNT_SET_GROUP: c_uint = 0x00000100;
pub const MOVE_MOUNT_BENEATH: c_uint = 0x00000200;
pub const FSOPEN_CLOEXEC: c_uint = 0x00000001;
pub const FSPICK_CLOEXEC: c_uint = 0x00000001;
pub const FSPICK_SYMLINK_NOFOLLOW: c_uint = 0x00000002;
pub const FSPICK_NO_AUTOMOUNT: c_uint = 0x00000004;
pub const FSPICK_EMPTY_PATH: c_uint = 0x00000008;
pub const FSMOUNT_CLOEXEC: c_uint = 0x00000001;
pub const MOUNT_ATTR_RDONLY: u64 = 0x00000001;
pub const MOUNT_ATTR_NOSUID: u64 = 0x00000002;
pub const MOUNT_ATTR_NODEV: u64 = 0x00000004;
pub const MOUNT_ATTR_NOEXEC: u64 = 0x00000008;
pub const MOUNT_ATTR__ATIME: u64 = 0x00000070;
pub const MOUNT_ATTR_RELATIME: u64 = 0x00000000;
pub const MOUNT_ATTR_NOATIME: u64 = 0x00000010;
pub const MOUNT_ATTR_STRICTATIME: u64 = 0x00000020;
pub const MOUNT_ATTR_NODIRATIME: u64 = 0x00000080;
pub const MOUNT_ATTR_IDMAP: u64 = 0x00100000;
pub const MOUNT_ATTR_NOSYMFOLLOW: u64 = 0x00200000;
pub const MOUNT_ATTR_SIZE_VER0: c_int = 32;
pub const FSCONFIG_CMD_CREATE: fsconfig_command = 6;
pub const FSCONFIG_CMD_CREATE_EXCL: fsconfig_command = 8;
pub const FSCONFIG_CMD_RECONFIGURE: fsconfig_command = 7;
pub const FSCONFIG_SET_BINARY: fsconfig_command = 2;
pub const FSCONFIG_SET_FD: fsconfig_command = 5;
pub const FSCONFIG_SET_FLAG: fsconfig_command = 0;
pub const FSCONFIG_SET_PATH: fsconfig_command = 3;
pub const FSCONFIG_SET_PATH_EMPTY: fsconfig_command = 4;
pub const FSCONFIG_SET_STRING: fsconfig_command = 1;

/// `fsconfig`'s commands (an enum in C).
pub type fsconfig_command = c_uint;

/// `mount_setattr`'s argument.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct mount_attr {
    pub attr_set: __u64,
    pub attr_clr: __u64,
    pub propagation: __u64,
    pub userns_fd: __u64,
}

/// A file system context for the file system type `fsname`.
#[inline]
pub unsafe fn fsopen(fsname: *const c_char, flags: c_uint) -> c_int {
    syscall(SYS_fsopen, fsname, flags as c_long) as c_int
}

/// Configures the file system context `fd`.
#[inline]
pub unsafe fn fsconfig(
    fd: c_int,
    cmd: c_uint,
    key: *const c_char,
    value: *const c_void,
    aux: c_int,
) -> c_int {
    syscall(
        SYS_fsconfig,
        fd as c_long,
        cmd as c_long,
        key,
        value,
        aux as c_long,
    ) as c_int
}

/// A detached mount of the file system context `fd`.
#[inline]
pub unsafe fn fsmount(fd: c_int, flags: c_uint, attr_flags: c_uint) -> c_int {
    syscall(
        SYS_fsmount,
        fd as c_long,
        flags as c_long,
        attr_flags as c_long,
    ) as c_int
}

/// A file system context to reconfigure the mount at `path`.
#[inline]
pub unsafe fn fspick(dirfd: c_int, path: *const c_char, flags: c_uint) -> c_int {
    syscall(SYS_fspick, dirfd as c_long, path, flags as c_long) as c_int
}

/// Moves (or attaches) a mount.
#[inline]
pub unsafe fn move_mount(
    from_dirfd: c_int,
    from_path: *const c_char,
    to_dirfd: c_int,
    to_path: *const c_char,
    flags: c_uint,
) -> c_int {
    syscall(
        SYS_move_mount,
        from_dirfd as c_long,
        from_path,
        to_dirfd as c_long,
        to_path,
        flags as c_long,
    ) as c_int
}

/// A file descriptor for the mount at `path`, or a detached copy of it.
#[inline]
pub unsafe fn open_tree(dirfd: c_int, path: *const c_char, flags: c_uint) -> c_int {
    syscall(SYS_open_tree, dirfd as c_long, path, flags as c_long) as c_int
}

/// Changes the mount properties of the mount (tree) at `path`.
#[inline]
pub unsafe fn mount_setattr(
    dirfd: c_int,
    path: *const c_char,
    flags: c_uint,
    attr: *mut mount_attr,
    size: size_t,
) -> c_int {
    syscall(
        SYS_mount_setattr,
        dirfd as c_long,
        path,
        flags as c_long,
        attr,
        size,
    ) as c_int
}
