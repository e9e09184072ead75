// `<ulimit.h>`: `ulimit` (musl `include/ulimit.h`).

pub const UL_GETFSIZE: c_int = 1;
pub const UL_SETFSIZE: c_int = 2;

extern "C" {
    pub fn ulimit(cmd: c_int, ...) -> c_long;
}
