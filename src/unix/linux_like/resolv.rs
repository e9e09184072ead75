// `<resolv.h>`: the DNS resolver functions musl provides (musl `include/resolv.h`).

extern "C" {
    #[cfg(target_env = "musl")]
    pub fn res_init() -> c_int;
    pub fn res_query(
        dname: *const c_char,
        class: c_int,
        r#type: c_int,
        answer: *mut c_uchar,
        anslen: c_int,
    ) -> c_int;
    pub fn res_querydomain(
        name: *const c_char,
        domain: *const c_char,
        class: c_int,
        r#type: c_int,
        answer: *mut c_uchar,
        anslen: c_int,
    ) -> c_int;
    pub fn res_search(
        dname: *const c_char,
        class: c_int,
        r#type: c_int,
        answer: *mut c_uchar,
        anslen: c_int,
    ) -> c_int;
    pub fn res_mkquery(
        op: c_int,
        dname: *const c_char,
        class: c_int,
        r#type: c_int,
        data: *const c_uchar,
        datalen: c_int,
        newrr: *const c_uchar,
        buf: *mut c_uchar,
        buflen: c_int,
    ) -> c_int;
    pub fn res_send(
        msg: *const c_uchar,
        msglen: c_int,
        answer: *mut c_uchar,
        anslen: c_int,
    ) -> c_int;
    pub fn dn_comp(
        src: *const c_char,
        dst: *mut c_uchar,
        space: c_int,
        dnptrs: *mut *mut c_uchar,
        lastdnptr: *mut *mut c_uchar,
    ) -> c_int;
    pub fn dn_expand(
        base: *const c_uchar,
        end: *const c_uchar,
        src: *const c_uchar,
        dest: *mut c_char,
        space: c_int,
    ) -> c_int;
    pub fn dn_skipname(s: *const c_uchar, end: *const c_uchar) -> c_int;
}
