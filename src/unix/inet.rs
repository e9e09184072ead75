// `<arpa/inet.h>`: the POSIX address conversions (musl
// `include/arpa/inet.h`; `htonl` and the like are in `in.rs`).

extern "C" {
    pub fn inet_addr(cp: *const c_char) -> in_addr_t;
    pub fn inet_ntoa(r#in: in_addr) -> *mut c_char;
    pub fn inet_pton(af: c_int, src: *const c_char, dst: *mut c_void) -> c_int;
    pub fn inet_ntop(
        af: c_int,
        src: *const c_void,
        dst: *mut c_char,
        size: socklen_t,
    ) -> *const c_char;
}

// `<arpa/inet.h>`: the BSD address conversions musl adds (musl
// `include/arpa/inet.h`).

extern "C" {
    pub fn inet_network(cp: *const c_char) -> in_addr_t;
    pub fn inet_aton(cp: *const c_char, inp: *mut in_addr) -> c_int;
    pub fn inet_makeaddr(net: in_addr_t, host: in_addr_t) -> in_addr;
    pub fn inet_lnaof(r#in: in_addr) -> in_addr_t;
    pub fn inet_netof(r#in: in_addr) -> in_addr_t;
}
