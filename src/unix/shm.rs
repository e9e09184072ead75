//! `<sys/shm.h>`: System V shared memory commands, flags and functions
//! (musl `include/sys/shm.h`).

use crate::{c_int, c_ulong, c_void, key_t, shmid_ds, size_t};

pub type shmatt_t = c_ulong;

pub const SHM_R: c_int = 0o400;
pub const SHM_W: c_int = 0o200;
pub const SHM_RDONLY: c_int = 0o10000;
pub const SHM_RND: c_int = 0o20000;
pub const SHM_REMAP: c_int = 0o40000;
pub const SHM_EXEC: c_int = 0o100000;
pub const SHM_LOCK: c_int = 11;
pub const SHM_UNLOCK: c_int = 12;
pub const SHM_HUGETLB: c_int = 0o4000;
pub const SHM_NORESERVE: c_int = 0o10000;

extern "C" {
    pub fn shmat(id: c_int, addr: *const c_void, flag: c_int) -> *mut c_void;
    pub fn shmctl(id: c_int, cmd: c_int, buf: *mut shmid_ds) -> c_int;
    pub fn shmdt(addr: *const c_void) -> c_int;
    pub fn shmget(key: key_t, size: size_t, flag: c_int) -> c_int;
}
