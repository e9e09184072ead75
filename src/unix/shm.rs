// `<sys/shm.h>`: System V shared memory commands, flags and functions
// (musl `include/sys/shm.h`).

// glibc's (`linux::gnu`) is spelled `u64`, as the published crate has it.
#[cfg(target_env = "musl")]
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
pub const SHM_STAT: c_int = 13 | (crate::IPC_STAT & 0x100);
pub const SHM_INFO: c_int = 14;
pub const SHM_STAT_ANY: c_int = 15 | (crate::IPC_STAT & 0x100);
pub const SHM_DEST: c_int = 0o1000;
pub const SHM_LOCKED: c_int = 0o2000;
pub const SHM_HUGE_SHIFT: c_int = 26;
pub const SHM_HUGE_MASK: c_int = 0x3f;
pub const SHM_HUGE_64KB: c_int = 16 << 26;
pub const SHM_HUGE_512KB: c_int = 19 << 26;
pub const SHM_HUGE_1MB: c_int = 20 << 26;
pub const SHM_HUGE_2MB: c_int = 21 << 26;
pub const SHM_HUGE_8MB: c_int = 23 << 26;
pub const SHM_HUGE_16MB: c_int = 24 << 26;
pub const SHM_HUGE_32MB: c_int = 25 << 26;
pub const SHM_HUGE_256MB: c_int = 28 << 26;
pub const SHM_HUGE_512MB: c_int = 29 << 26;
pub const SHM_HUGE_1GB: c_int = 30 << 26;
pub const SHM_HUGE_2GB: c_int = 31 << 26;
/// `34U << 26`, which wraps past `int`: `shmget`'s flags are an `int`.
pub const SHM_HUGE_16GB: c_int = (34_u32 << 26) as c_int;

extern "C" {
    pub fn shmat(id: c_int, addr: *const c_void, flag: c_int) -> *mut c_void;
    pub fn shmctl(id: c_int, cmd: c_int, buf: *mut shmid_ds) -> c_int;
    pub fn shmdt(addr: *const c_void) -> c_int;
    pub fn shmget(key: key_t, size: size_t, flag: c_int) -> c_int;
}
