// `<sys/stat.h>`: musl's large-file name for `struct stat` (musl
// `include/sys/stat.h`: `#define stat64 stat`); `struct stat` itself is the
// architecture's.

pub type stat64 = crate::stat;
