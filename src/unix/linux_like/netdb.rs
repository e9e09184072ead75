// `<netdb.h>`: the GNU/BSD part: `h_errno` values, `hstrerror`, the reentrant `gethostbyname_r`
// family (musl `include/netdb.h`).

pub const HOST_NOT_FOUND: c_int = 1;
pub const TRY_AGAIN: c_int = 2;
pub const NO_RECOVERY: c_int = 3;
pub const NO_DATA: c_int = 4;
pub const NO_ADDRESS: c_int = NO_DATA;

pub const EAI_NODATA: c_int = -5;
pub const NI_MAXHOST: socklen_t = 255;
pub const NI_MAXSERV: socklen_t = 32;
pub const NI_NUMERICSCOPE: c_int = 0x100;
pub const EAI_ADDRFAMILY: c_int = -9;
pub const EAI_INPROGRESS: c_int = -100;
pub const EAI_CANCELED: c_int = -101;
pub const EAI_NOTCANCELED: c_int = -102;
pub const EAI_ALLDONE: c_int = -103;
pub const EAI_INTR: c_int = -104;
pub const EAI_IDN_ENCODE: c_int = -105;
// glibc's flag for IDN host names; musl has no IDN support, so no call
// accepts it, but code written for glibc names it. The value is glibc's
// `<netdb.h>` (the ziglang tree's `generic-glibc/netdb.h`); neither musl nor
// the kernel headers define it.
pub const NI_IDN: c_int = 32;

// `h_errno`, which musl keeps per thread: `*__h_errno_location()`.
extern "C" {
    pub fn __h_errno_location() -> *mut c_int;
    pub fn herror(s: *const c_char);
    pub fn hstrerror(errcode: c_int) -> *const c_char;
    pub fn gethostbyname_r(
        name: *const c_char,
        ret: *mut hostent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut hostent,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn gethostbyname2_r(
        name: *const c_char,
        af: c_int,
        ret: *mut hostent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut hostent,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn gethostbyname2(name: *const c_char, af: c_int) -> *mut hostent;
    pub fn gethostbyaddr_r(
        addr: *const c_void,
        len: socklen_t,
        r#type: c_int,
        ret: *mut hostent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut hostent,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn getservbyport_r(
        port: c_int,
        proto: *const c_char,
        result_buf: *mut servent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut servent,
    ) -> c_int;
    pub fn getservbyname_r(
        name: *const c_char,
        proto: *const c_char,
        result_buf: *mut servent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut servent,
    ) -> c_int;
}
