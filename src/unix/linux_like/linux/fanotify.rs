// `<linux/fanotify.h>`: fanotify events, flags and information records
// newer than musl's `<sys/fanotify.h>` (the kernel's
// `include/uapi/linux/fanotify.h`).

pub const FAN_FS_ERROR: u64 = 0x00008000;
pub const FAN_RENAME: u64 = 0x10000000;
pub const FAN_PRE_ACCESS: u64 = 0x00100000;
pub const FAN_MNT_ATTACH: u64 = 0x01000000;
pub const FAN_MNT_DETACH: u64 = 0x02000000;
pub const FAN_REPORT_PIDFD: c_uint = 0x00000080;
pub const FAN_REPORT_TARGET_FID: c_uint = 0x00001000;
pub const FAN_REPORT_DFID_NAME_TARGET: c_uint =
    crate::FAN_REPORT_DFID_NAME | crate::FAN_REPORT_FID | FAN_REPORT_TARGET_FID;
pub const FAN_MARK_EVICTABLE: c_uint = 0x00000200;
pub const FAN_MARK_IGNORE: c_uint = 0x00000400;
pub const FAN_MARK_IGNORE_SURV: c_uint = FAN_MARK_IGNORE | crate::FAN_MARK_IGNORED_SURV_MODIFY;
pub const FAN_EVENT_INFO_TYPE_PIDFD: u8 = 4;
pub const FAN_EVENT_INFO_TYPE_ERROR: u8 = 5;
pub const FAN_EVENT_INFO_TYPE_OLD_DFID_NAME: u8 = 10;
pub const FAN_EVENT_INFO_TYPE_NEW_DFID_NAME: u8 = 12;
pub const FAN_EVENT_INFO_TYPE_RANGE: u8 = 6;
pub const FAN_EVENT_INFO_TYPE_MNT: u8 = 7;
pub const FAN_RESPONSE_INFO_NONE: u8 = 0;
pub const FAN_RESPONSE_INFO_AUDIT_RULE: u8 = 1;
pub const FAN_INFO: u32 = 0x20;
pub const FAN_NOPIDFD: c_int = crate::FAN_NOFD;
pub const FAN_EPIDFD: c_int = -2;

/// A `FAN_EVENT_INFO_TYPE_PIDFD` record: a pidfd for the event's process.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_pidfd {
    pub hdr: fanotify_event_info_header,
    pub pidfd: __s32,
}

/// A `FAN_EVENT_INFO_TYPE_ERROR` record of a `FAN_FS_ERROR` event.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_error {
    pub hdr: fanotify_event_info_header,
    pub error: __s32,
    pub error_count: __u32,
}

/// A `FAN_EVENT_INFO_TYPE_RANGE` record: the accessed range of a
/// pre-content event.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_range {
    pub hdr: fanotify_event_info_header,
    pub pad: __u32,
    pub offset: __u64,
    pub count: __u64,
}

/// A `FAN_EVENT_INFO_TYPE_MNT` record of a mount event.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_info_mnt {
    pub hdr: fanotify_event_info_header,
    pub mnt_id: __u64,
}

/// The header of each information record a response may carry.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_response_info_header {
    pub type_: __u8,
    pub pad: __u8,
    pub len: __u16,
}

/// A `FAN_RESPONSE_INFO_AUDIT_RULE` record.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_response_info_audit_rule {
    pub hdr: fanotify_response_info_header,
    pub rule_number: __u32,
    pub subj_trust: __u32,
    pub obj_trust: __u32,
}
