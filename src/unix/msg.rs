// `<sys/msg.h>`: the System V message queue counters (musl
// `include/sys/msg.h`).

pub type msgqnum_t = c_ulong;
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
