// `<netdb.h>`: the POSIX name and service database: `addrinfo`, `hostent`, `getaddrinfo` and the
// `AI_*`/`NI_*`/`EAI_*` values (musl `include/netdb.h`).

pub const AI_PASSIVE: c_int = 0x01;
pub const AI_CANONNAME: c_int = 0x02;
pub const AI_NUMERICHOST: c_int = 0x04;
pub const AI_V4MAPPED: c_int = 0x08;
pub const AI_ALL: c_int = 0x10;
pub const AI_ADDRCONFIG: c_int = 0x20;
pub const AI_NUMERICSERV: c_int = 0x400;
pub const NI_NUMERICHOST: c_int = 0x01;
pub const NI_NUMERICSERV: c_int = 0x02;
pub const NI_NOFQDN: c_int = 0x04;
pub const NI_NAMEREQD: c_int = 0x08;
pub const NI_DGRAM: c_int = 0x10;
pub const EAI_BADFLAGS: c_int = -1;
pub const EAI_NONAME: c_int = -2;
pub const EAI_AGAIN: c_int = -3;
pub const EAI_FAIL: c_int = -4;
pub const EAI_FAMILY: c_int = -6;
pub const EAI_SOCKTYPE: c_int = -7;
pub const EAI_SERVICE: c_int = -8;
pub const EAI_MEMORY: c_int = -10;
pub const EAI_SYSTEM: c_int = -11;
pub const EAI_OVERFLOW: c_int = -12;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct addrinfo {
    pub ai_flags: c_int,
    pub ai_family: c_int,
    pub ai_socktype: c_int,
    pub ai_protocol: c_int,
    pub ai_addrlen: socklen_t,
    pub ai_addr: *mut sockaddr,
    pub ai_canonname: *mut c_char,
    pub ai_next: *mut addrinfo,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct netent {
    pub n_name: *mut c_char,
    pub n_aliases: *mut *mut c_char,
    pub n_addrtype: c_int,
    pub n_net: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct hostent {
    pub h_name: *mut c_char,
    pub h_aliases: *mut *mut c_char,
    pub h_addrtype: c_int,
    pub h_length: c_int,
    pub h_addr_list: *mut *mut c_char,
}

// Written out, not derived: a derive needs `Default` for raw pointers, which
// only recent compilers have (the published crate builds with much older
// ones); nightly clippy calls the impls derivable.
#[allow(clippy::derivable_impls)]
impl Default for hostent {
    #[inline]
    fn default() -> Self {
        Self {
            h_name: core::ptr::null_mut(),
            h_aliases: core::ptr::null_mut(),
            h_addrtype: 0,
            h_length: 0,
            h_addr_list: core::ptr::null_mut(),
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct servent {
    pub s_name: *mut c_char,
    pub s_aliases: *mut *mut c_char,
    pub s_port: c_int,
    pub s_proto: *mut c_char,
}

#[allow(clippy::derivable_impls)]
impl Default for servent {
    #[inline]
    fn default() -> Self {
        Self {
            s_name: core::ptr::null_mut(),
            s_aliases: core::ptr::null_mut(),
            s_port: 0,
            s_proto: core::ptr::null_mut(),
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct protoent {
    pub p_name: *mut c_char,
    pub p_aliases: *mut *mut c_char,
    pub p_proto: c_int,
}

#[allow(clippy::derivable_impls)]
impl Default for protoent {
    #[inline]
    fn default() -> Self {
        Self {
            p_name: core::ptr::null_mut(),
            p_aliases: core::ptr::null_mut(),
            p_proto: 0,
        }
    }
}

extern "C" {
    pub fn sethostent(stayopen: c_int);
    pub fn endhostent();
    pub fn gethostent() -> *mut hostent;
    pub fn setprotoent(stayopen: c_int);
    pub fn endprotoent();
    pub fn getprotoent() -> *mut protoent;
    pub fn gethostbyname(name: *const c_char) -> *mut hostent;
    pub fn gethostbyaddr(addr: *const c_void, len: socklen_t, r#type: c_int) -> *mut hostent;
    pub fn getaddrinfo(
        node: *const c_char,
        service: *const c_char,
        hints: *const addrinfo,
        res: *mut *mut addrinfo,
    ) -> c_int;
    pub fn freeaddrinfo(res: *mut addrinfo);
    pub fn getnameinfo(
        sa: *const sockaddr,
        salen: socklen_t,
        host: *mut c_char,
        hostlen: socklen_t,
        serv: *mut c_char,
        servlen: socklen_t,
        flags: c_int,
    ) -> c_int;
    pub fn gai_strerror(errcode: c_int) -> *const c_char;
    pub fn setnetent(stayopen: c_int);
    pub fn endnetent();
    pub fn getnetent() -> *mut netent;
    pub fn getnetbyaddr(net: u32, type_: c_int) -> *mut netent;
    pub fn getnetbyname(name: *const c_char) -> *mut netent;
    pub fn setservent(stayopen: c_int);
    pub fn endservent();
    pub fn getservent() -> *mut servent;
    pub fn getservbyname(name: *const c_char, proto: *const c_char) -> *mut servent;
    pub fn getservbyport(port: c_int, proto: *const c_char) -> *mut servent;
    pub fn getprotobyname(name: *const c_char) -> *mut protoent;
    pub fn getprotobynumber(proto: c_int) -> *mut protoent;
}

// `<netdb.h>`: the GNU/BSD part: `h_errno` values, `hstrerror`, the reentrant `gethostbyname_r`
// family (musl `include/netdb.h`).

pub const HOST_NOT_FOUND: c_int = 1;
pub const TRY_AGAIN: c_int = 2;
pub const NO_RECOVERY: c_int = 3;
pub const NO_DATA: c_int = 4;
pub const NO_ADDRESS: c_int = NO_DATA;

pub const EAI_NODATA: c_int = -5;
#[cfg(target_env = "musl")]
pub const NI_MAXHOST: socklen_t = 255;
pub const NI_MAXSERV: socklen_t = 32;
#[cfg(target_env = "musl")]
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
