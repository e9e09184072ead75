// `<sys/stat.h>`: musl's large-file name for `struct stat` (musl
// `include/sys/stat.h`: `#define stat64 stat`); `struct stat` itself is the
// architecture's.

// glibc's `struct stat64` is a struct (linux::gnu's architecture file).
#[cfg(target_env = "musl")]
pub type stat64 = crate::stat;
