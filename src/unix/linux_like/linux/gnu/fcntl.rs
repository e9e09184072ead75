// `<fcntl.h>`: glibc's `O_ACCMODE` (musl's also has `O_SEARCH`, which glibc
// lacks), and `O_LARGEFILE`, which is 0 where `off_t` is already 64 bits
// (glibc `bits/fcntl-linux.h`, `__O_LARGEFILE` for `__WORDSIZE == 64`), and
// BSD's `O_FSYNC`, glibc's other name for `O_SYNC`.

pub const O_ACCMODE: c_int = 0o3;
pub const O_FSYNC: c_int = O_SYNC;
pub const O_LARGEFILE: c_int = 0;
