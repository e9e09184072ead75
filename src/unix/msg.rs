// `<sys/msg.h>`: the System V message queue counters (musl
// `include/sys/msg.h`).

// glibc's (`linux::gnu`) are spelled `u64`, as the published crate has them.
#[cfg(target_env = "musl")]
pub type msgqnum_t = c_ulong;
#[cfg(target_env = "musl")]
pub type msglen_t = c_ulong;

pub const MSG_NOERROR: c_int = 0o10000;
pub const MSG_EXCEPT: c_int = 0o20000;
pub const MSG_STAT: c_int = 11;
pub const MSG_INFO: c_int = 12;

extern "C" {
    pub fn msgctl(q: c_int, cmd: c_int, buf: *mut msqid_ds) -> c_int;
    pub fn msgget(k: key_t, flag: c_int) -> c_int;
    pub fn msgrcv(q: c_int, m: *mut c_void, len: size_t, type_: c_long, flag: c_int) -> ssize_t;
    pub fn msgsnd(q: c_int, m: *const c_void, len: size_t, flag: c_int) -> c_int;
}

// `<sys/msg.h>`: `struct msginfo` and the GNU `msgctl` commands (musl
// `include/sys/msg.h`).

/// `struct msginfo`, for `msgctl(IPC_INFO)`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct msginfo {
    pub msgpool: c_int,
    pub msgmap: c_int,
    pub msgmax: c_int,
    pub msgmnb: c_int,
    pub msgmni: c_int,
    pub msgssz: c_int,
    pub msgtql: c_int,
    pub msgseg: c_ushort,
}
