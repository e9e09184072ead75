// `<netdb.h>`: glibc's `NI_MAXHOST` and its reentrant `getnet*_r` lookups.

pub const NI_MAXHOST: socklen_t = 1025;

// glibc's reentrant network-database lookups (glibc `resolv/netdb.h`).
extern "C" {
    pub fn getnetent_r(
        result_buf: *mut netent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut netent,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn getnetbyaddr_r(
        net: u32,
        type_: c_int,
        result_buf: *mut netent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut netent,
        h_errnop: *mut c_int,
    ) -> c_int;
    pub fn getnetbyname_r(
        name: *const c_char,
        result_buf: *mut netent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut netent,
        h_errnop: *mut c_int,
    ) -> c_int;
}
