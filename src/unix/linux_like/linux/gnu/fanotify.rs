// `<sys/fanotify.h>`: glibc's `fanotify_mark` takes its mask as `uint64_t`,
// and its `struct fanotify_event_metadata` is the kernel's
// `<linux/fanotify.h>` one, in the kernel's types (musl's header spells it
// with C's).

extern "C" {
    pub fn fanotify_mark(
        fd: c_int,
        flags: c_uint,
        mask: u64,
        dirfd: c_int,
        path: *const c_char,
    ) -> c_int;
}

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct fanotify_event_metadata {
    pub event_len: __u32,
    pub vers: __u8,
    pub reserved: __u8,
    pub metadata_len: __u16,
    pub mask: __u64,
    pub fd: c_int,
    pub pid: c_int,
}
