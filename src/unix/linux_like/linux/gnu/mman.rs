// `<sys/mman.h>`: glibc's `MADV_COLLAPSE`, which musl 1.2.5's header lacks
// (glibc `bits/mman-linux.h`).

pub const MADV_COLLAPSE: c_int = 25;
