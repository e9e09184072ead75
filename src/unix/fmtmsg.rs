// `<fmtmsg.h>`: `fmtmsg` and its classification values (musl
// `include/fmtmsg.h`).

pub const MM_HARD: c_int = 1;
pub const MM_SOFT: c_int = 2;
pub const MM_FIRM: c_int = 4;
pub const MM_APPL: c_int = 8;
pub const MM_UTIL: c_int = 16;
pub const MM_OPSYS: c_int = 32;
pub const MM_RECOVER: c_int = 64;
pub const MM_NRECOV: c_int = 128;
pub const MM_PRINT: c_int = 0x100;
pub const MM_CONSOLE: c_int = 0x200;
pub const MM_NULLMC: c_long = 0;
pub const MM_HALT: c_int = 1;
pub const MM_ERROR: c_int = 2;
pub const MM_WARNING: c_int = 3;
pub const MM_INFO: c_int = 4;
pub const MM_NOSEV: c_int = 0;
pub const MM_OK: c_int = 0;
pub const MM_NOTOK: c_int = -1;
pub const MM_NOMSG: c_int = 1;
pub const MM_NOCON: c_int = 4;
pub const MM_NULLSEV: c_int = 0;

extern "C" {
    pub fn fmtmsg(
        classification: c_long,
        label: *const c_char,
        severity: c_int,
        text: *const c_char,
        action: *const c_char,
        tag: *const c_char,
    ) -> c_int;
}
