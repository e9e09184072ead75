//! `<netdb.h>`: the GNU/BSD part: `h_errno` values, `hstrerror`, the reentrant `gethostbyname_r`
//! family (musl `include/netdb.h`).

use crate::{c_char, c_int, socklen_t};

pub const EAI_NODATA: c_int = -5;
pub const NI_MAXHOST: socklen_t = 255;
// glibc's flag for IDN host names; musl has no IDN support, so no call
// accepts it, but code written for glibc names it.
pub const NI_IDN: c_int = 32;

extern "C" {
    pub fn hstrerror(errcode: c_int) -> *const c_char;
}
