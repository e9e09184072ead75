//! `<resolv.h>`: the DNS resolver functions musl provides (musl `include/resolv.h`).

use crate::c_int;

extern "C" {
    pub fn res_init() -> c_int;
}
