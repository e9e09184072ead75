//! `<stdlib.h>`: the GNU/BSD functions of `<stdlib.h>` (musl
//! `include/stdlib.h`).

use crate::{c_char, c_double, c_int, c_void, size_t};

extern "C" {
    pub fn mkstemps(template: *mut c_char, len: c_int) -> c_int;
    pub fn mkostemps(template: *mut c_char, len: c_int, flags: c_int) -> c_int;
    pub fn getloadavg(a: *mut c_double, n: c_int) -> c_int;
    pub fn clearenv() -> c_int;
    pub fn reallocarray(opt_base: *mut c_void, elems: size_t, len: size_t) -> *mut c_void;
    pub fn ptsname_r(fd: c_int, buf: *mut c_char, len: size_t) -> c_int;
}
