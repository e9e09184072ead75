// `<sys/statvfs.h>`: glibc's `ST_RELATIME` mount flag (glibc
// `bits/statvfs.h`). `struct statvfs` and `struct statvfs64` are musl's
// definitions, which serve glibc too.

pub const ST_RELATIME: c_ulong = 4096;
