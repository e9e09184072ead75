// `<sys/types.h>`: the POSIX scalar types (musl `include/sys/types.h`,
// `include/alltypes.h.in`).

pub type ssize_t = isize;
pub type pid_t = i32;
pub type uid_t = u32;
pub type gid_t = u32;
pub type id_t = c_uint;
pub type mode_t = u32;
pub type off_t = i64;
pub type dev_t = u64;
pub type ino_t = u64;
pub type blkcnt_t = i64;
// glibc's spelling of the next five, the published crate's there, is in
// `linux::gnu` (`<sys/types.h>`).
#[cfg(target_env = "musl")]
pub type fsblkcnt_t = c_ulonglong;
#[cfg(target_env = "musl")]
pub type fsfilcnt_t = c_ulonglong;
#[cfg(target_env = "musl")]
pub type time_t = c_long;
#[cfg(target_env = "musl")]
pub type suseconds_t = c_long;
pub type useconds_t = u32;
#[cfg(target_env = "musl")]
pub type clock_t = c_long;
pub type clockid_t = c_int;
pub type timer_t = *mut c_void;
pub type key_t = c_int;

#[cfg(target_env = "musl")]
/// musl's `typedef struct __pthread *pthread_t;` (an `unsigned long` only in
/// C++).
pub type pthread_t = *mut c_void;

// The <pthread.h> handles that are plain integers.
pub type pthread_key_t = c_uint;
pub type pthread_once_t = c_int;
pub type pthread_spinlock_t = c_int;

// `<sys/types.h>`: musl's large-file type names (musl `include/sys/types.h`
// and the headers that repeat them).

// musl's large-file names (`#define off64_t off_t` and so on under
// `_LARGEFILE64_SOURCE`), spelled as the published crate spells them.
pub type off64_t = i64;
pub type ino64_t = u64;
pub type blkcnt64_t = i64;
pub type fsblkcnt64_t = c_ulonglong;
pub type fsfilcnt64_t = c_ulonglong;
