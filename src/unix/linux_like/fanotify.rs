// `<sys/fanotify.h>`: file system event notification with access
// decisions: flags, event records and functions (musl
// `include/sys/fanotify.h`).

pub const FAN_ACCESS: u64 = 0x01;
pub const FAN_MODIFY: u64 = 0x02;
pub const FAN_ATTRIB: u64 = 0x04;
pub const FAN_CLOSE_WRITE: u64 = 0x08;
pub const FAN_CLOSE_NOWRITE: u64 = 0x10;
pub const FAN_OPEN: u64 = 0x20;
pub const FAN_MOVED_FROM: u64 = 0x40;
pub const FAN_MOVED_TO: u64 = 0x80;
pub const FAN_CREATE: u64 = 0x100;
pub const FAN_DELETE: u64 = 0x200;
pub const FAN_DELETE_SELF: u64 = 0x400;
pub const FAN_MOVE_SELF: u64 = 0x800;
pub const FAN_OPEN_EXEC: u64 = 0x1000;
pub const FAN_Q_OVERFLOW: u64 = 0x4000;
pub const FAN_OPEN_PERM: u64 = 0x10000;
pub const FAN_ACCESS_PERM: u64 = 0x20000;
pub const FAN_OPEN_EXEC_PERM: u64 = 0x40000;
pub const FAN_EVENT_ON_CHILD: u64 = 0x08000000;
pub const FAN_ONDIR: u64 = 0x40000000;
pub const FAN_CLOSE: u64 = FAN_CLOSE_WRITE | FAN_CLOSE_NOWRITE;
pub const FAN_MOVE: u64 = FAN_MOVED_FROM | FAN_MOVED_TO;
pub const FAN_CLOEXEC: c_uint = 0x01;
pub const FAN_NONBLOCK: c_uint = 0x02;
pub const FAN_CLASS_NOTIF: c_uint = 0;
pub const FAN_CLASS_CONTENT: c_uint = 0x04;
pub const FAN_CLASS_PRE_CONTENT: c_uint = 0x08;
pub const FAN_UNLIMITED_QUEUE: c_uint = 0x10;
pub const FAN_UNLIMITED_MARKS: c_uint = 0x20;
pub const FAN_ENABLE_AUDIT: c_uint = 0x40;
pub const FAN_REPORT_TID: c_uint = 0x100;
pub const FAN_REPORT_FID: c_uint = 0x200;
pub const FAN_REPORT_DIR_FID: c_uint = 0x00000400;
pub const FAN_REPORT_NAME: c_uint = 0x00000800;
pub const FAN_REPORT_DFID_NAME: c_uint = FAN_REPORT_DIR_FID | FAN_REPORT_NAME;
pub const FAN_MARK_ADD: c_uint = 0x01;
pub const FAN_MARK_REMOVE: c_uint = 0x02;
pub const FAN_MARK_DONT_FOLLOW: c_uint = 0x04;
pub const FAN_MARK_ONLYDIR: c_uint = 0x08;
pub const FAN_MARK_IGNORED_MASK: c_uint = 0x20;
pub const FAN_MARK_IGNORED_SURV_MODIFY: c_uint = 0x40;
pub const FAN_MARK_FLUSH: c_uint = 0x80;
pub const FAN_MARK_INODE: c_uint = 0x00;
pub const FAN_MARK_MOUNT: c_uint = 0x10;
pub const FAN_MARK_FILESYSTEM: c_uint = 0x100;
pub const FANOTIFY_METADATA_VERSION: u8 = 3;
#[cfg(target_env = "musl")]
/// A directory-entry event the kernel withdrew before release; musl's header
/// still defines its bit.
pub const FAN_DIR_MODIFY: u64 = 0x00080000;

// The old catch-all masks musl's header keeps (the kernel has deprecated
// them, as they cannot grow with it).
pub const FAN_ALL_CLASS_BITS: c_uint = FAN_CLASS_NOTIF | FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT;
pub const FAN_ALL_INIT_FLAGS: c_uint =
    FAN_CLOEXEC | FAN_NONBLOCK | FAN_ALL_CLASS_BITS | FAN_UNLIMITED_QUEUE | FAN_UNLIMITED_MARKS;
#[cfg(target_env = "musl")]
pub const FAN_MARK_TYPE_MASK: c_uint = FAN_MARK_INODE | FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM;
pub const FAN_ALL_MARK_FLAGS: c_uint = FAN_MARK_ADD
    | FAN_MARK_REMOVE
    | FAN_MARK_DONT_FOLLOW
    | FAN_MARK_ONLYDIR
    | FAN_MARK_MOUNT
    | FAN_MARK_IGNORED_MASK
    | FAN_MARK_IGNORED_SURV_MODIFY
    | FAN_MARK_FLUSH;
pub const FAN_ALL_EVENTS: u64 = FAN_ACCESS | FAN_MODIFY | FAN_CLOSE | FAN_OPEN;
pub const FAN_ALL_PERM_EVENTS: u64 = FAN_OPEN_PERM | FAN_ACCESS_PERM;
pub const FAN_ALL_OUTGOING_EVENTS: u64 = FAN_ALL_EVENTS | FAN_ALL_PERM_EVENTS | FAN_Q_OVERFLOW;
/// `sizeof(struct fanotify_event_metadata)`.
pub const FAN_EVENT_METADATA_LEN: usize = core::mem::size_of::<fanotify_event_metadata>();
pub const FAN_EVENT_INFO_TYPE_FID: u8 = 1;
pub const FAN_EVENT_INFO_TYPE_DFID_NAME: u8 = 2;
pub const FAN_EVENT_INFO_TYPE_DFID: u8 = 3;
pub const FAN_ALLOW: u32 = 0x01;
pub const FAN_DENY: u32 = 0x02;
pub const FAN_AUDIT: u32 = 0x10;
pub const FAN_NOFD: c_int = -1;

/// The fixed part of each event read from a fanotify descriptor; `mask` is
/// an `__aligned_u64`. glibc's, the kernel's types, is in `linux::gnu`.
#[cfg(target_env = "musl")]
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_metadata {
    pub event_len: c_uint,
    pub vers: c_uchar,
    pub reserved: c_uchar,
    pub metadata_len: c_ushort,
    pub mask: c_ulonglong,
    pub fd: c_int,
    pub pid: c_int,
}

/// The header of each information record that follows the metadata.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_header {
    pub info_type: __u8,
    pub pad: __u8,
    pub len: __u16,
}

/// A file identifier record; a `struct file_handle` follows the fsid.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_fid {
    pub hdr: fanotify_event_info_header,
    pub fsid: __kernel_fsid_t,
    pub handle: [c_uchar; 0],
}

/// What a listener writes back to allow or deny a permission event.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_response {
    pub fd: c_int,
    pub response: __u32,
}

extern "C" {
    pub fn fanotify_init(flags: c_uint, event_f_flags: c_uint) -> c_int;
    #[cfg(target_env = "musl")]
    pub fn fanotify_mark(
        fd: c_int,
        flags: c_uint,
        mask: c_ulonglong,
        dirfd: c_int,
        path: *const c_char,
    ) -> c_int;
}
