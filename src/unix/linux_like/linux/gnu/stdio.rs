// `<stdio.h>`: glibc's buffer and stream limits (glibc `libio/stdio.h`,
// `bits/stdio_lim.h`).

pub const BUFSIZ: c_uint = 8192;
pub const FOPEN_MAX: c_uint = 16;
pub const TMP_MAX: c_uint = 238328;
