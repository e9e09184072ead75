// `<netinet/in.h>`: the POSIX internet address types, the `IPPROTO_*` protocols and `IPV6_*`
// options POSIX names, and byte-order helpers (musl `include/netinet/in.h`).

pub type in_port_t = u16;
pub type in_addr_t = u32;
pub const INADDR_ANY: in_addr_t = 0x00000000;
pub const INET_ADDRSTRLEN: c_int = 16;
pub const INET6_ADDRSTRLEN: c_int = 46;
pub const INADDR_BROADCAST: in_addr_t = 0xffffffff;
pub const IPPROTO_IP: c_int = 0;
pub const IPPROTO_ICMP: c_int = 1;
pub const IPPROTO_TCP: c_int = 6;
pub const IPPROTO_UDP: c_int = 17;
pub const IPPROTO_IPV6: c_int = 41;
pub const IPPROTO_RAW: c_int = 255;
pub const IPV6_UNICAST_HOPS: c_int = 16;
pub const IPV6_MULTICAST_IF: c_int = 17;
pub const IPV6_MULTICAST_HOPS: c_int = 18;
pub const IPV6_MULTICAST_LOOP: c_int = 19;
pub const IPV6_V6ONLY: c_int = 26;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct in_addr {
    pub s_addr: in_addr_t,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_in {
    pub sin_family: sa_family_t,
    pub sin_port: in_port_t,
    pub sin_addr: in_addr,
    pub sin_zero: [u8; 8],
}

// musl's is a union of 8-, 16- and 32-bit arrays, hence its 4-byte alignment.
#[repr(C, align(4))]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct in6_addr {
    pub s6_addr: [u8; 16],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_in6 {
    pub sin6_family: sa_family_t,
    pub sin6_port: in_port_t,
    pub sin6_flowinfo: u32,
    pub sin6_addr: in6_addr,
    pub sin6_scope_id: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ipv6_mreq {
    pub ipv6mr_multiaddr: in6_addr,
    pub ipv6mr_interface: c_uint,
}

// The `IN6_IS_ADDR_*` macros, over a reference instead of C's pointer.
const fn in6_word(a: &in6_addr, i: usize) -> u32 {
    let b = &a.s6_addr;
    u32::from_ne_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]])
}

pub const fn IN6_IS_ADDR_UNSPECIFIED(a: &in6_addr) -> bool {
    in6_word(a, 0) == 0 && in6_word(a, 1) == 0 && in6_word(a, 2) == 0 && in6_word(a, 3) == 0
}

pub const fn IN6_IS_ADDR_LOOPBACK(a: &in6_addr) -> bool {
    let b = &a.s6_addr;
    in6_word(a, 0) == 0
        && in6_word(a, 1) == 0
        && in6_word(a, 2) == 0
        && b[12] == 0
        && b[13] == 0
        && b[14] == 0
        && b[15] == 1
}

pub const fn IN6_IS_ADDR_MULTICAST(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xff
}

pub const fn IN6_IS_ADDR_LINKLOCAL(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xfe && (a.s6_addr[1] & 0xc0) == 0x80
}

pub const fn IN6_IS_ADDR_SITELOCAL(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xfe && (a.s6_addr[1] & 0xc0) == 0xc0
}

pub const fn IN6_IS_ADDR_V4MAPPED(a: &in6_addr) -> bool {
    let b = &a.s6_addr;
    in6_word(a, 0) == 0
        && in6_word(a, 1) == 0
        && b[8] == 0
        && b[9] == 0
        && b[10] == 0xff
        && b[11] == 0xff
}

pub const fn IN6_IS_ADDR_V4COMPAT(a: &in6_addr) -> bool {
    in6_word(a, 0) == 0 && in6_word(a, 1) == 0 && in6_word(a, 2) == 0 && a.s6_addr[15] > 1
}

pub const fn IN6_IS_ADDR_MC_NODELOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x1
}

pub const fn IN6_IS_ADDR_MC_LINKLOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x2
}

pub const fn IN6_IS_ADDR_MC_SITELOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x5
}

pub const fn IN6_IS_ADDR_MC_ORGLOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x8
}

pub const fn IN6_IS_ADDR_MC_GLOBAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0xe
}

pub const fn IN6_ARE_ADDR_EQUAL(a: &in6_addr, b: &in6_addr) -> bool {
    in6_word(a, 0) == in6_word(b, 0)
        && in6_word(a, 1) == in6_word(b, 1)
        && in6_word(a, 2) == in6_word(b, 2)
        && in6_word(a, 3) == in6_word(b, 3)
}

extern "C" {
    pub static in6addr_any: in6_addr;
    pub static in6addr_loopback: in6_addr;
}

// musl defines these as functions too; as `const fn` they also work in
// constant expressions.
pub const extern "C" fn htonl(hostlong: u32) -> u32 {
    hostlong.to_be()
}

pub const extern "C" fn htons(hostshort: u16) -> u16 {
    hostshort.to_be()
}

pub const extern "C" fn ntohl(netlong: u32) -> u32 {
    u32::from_be(netlong)
}

pub const extern "C" fn ntohs(netshort: u16) -> u16 {
    u16::from_be(netshort)
}
