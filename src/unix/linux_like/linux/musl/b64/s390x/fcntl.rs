// `<bits/fcntl.h>`: s390x's `POSIX_FADV_DONTNEED`/`NOREUSE` (musl
// `include/fcntl.h`, which gives s390x 6 and 7).

pub const POSIX_FADV_DONTNEED: c_int = 6;
pub const POSIX_FADV_NOREUSE: c_int = 7;
