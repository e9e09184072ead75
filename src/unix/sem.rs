// `<sys/sem.h>`: System V semaphores: `struct sembuf`, the commands and
// functions (musl `include/sys/sem.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sembuf {
    pub sem_num: c_ushort,
    pub sem_op: c_short,
    pub sem_flg: c_short,
}

pub const SEM_UNDO: c_int = 0x1000;
pub const GETPID: c_int = 11;
pub const GETVAL: c_int = 12;
pub const GETALL: c_int = 13;
pub const GETNCNT: c_int = 14;
pub const GETZCNT: c_int = 15;
pub const SETVAL: c_int = 16;
pub const SETALL: c_int = 17;
pub const SEM_STAT: c_int = 18;
pub const SEM_INFO: c_int = 19;
pub const SEM_STAT_ANY: c_int = 20;

extern "C" {
    pub fn semctl(id: c_int, num: c_int, cmd: c_int, ...) -> c_int;
    pub fn semget(key: key_t, n: c_int, fl: c_int) -> c_int;
    pub fn semop(id: c_int, buf: *mut sembuf, n: size_t) -> c_int;
}

// `<sys/sem.h>`: `semtimedop` (musl `include/sys/sem.h`).

extern "C" {
    pub fn semtimedop(id: c_int, buf: *mut sembuf, n: size_t, ts: *const timespec) -> c_int;
}
