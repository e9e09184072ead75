// `<sys/statvfs.h>`: glibc's `ST_RELATIME` mount flag (glibc
// `bits/statvfs.h`).

pub const ST_RELATIME: c_ulong = 4096;
