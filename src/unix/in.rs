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
#[inline]
const fn in6_word(a: &in6_addr, i: usize) -> u32 {
    let b = &a.s6_addr;
    u32::from_ne_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]])
}

#[inline]
pub const fn IN6_IS_ADDR_UNSPECIFIED(a: &in6_addr) -> bool {
    in6_word(a, 0) == 0 && in6_word(a, 1) == 0 && in6_word(a, 2) == 0 && in6_word(a, 3) == 0
}

#[inline]
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

#[inline]
pub const fn IN6_IS_ADDR_MULTICAST(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xff
}

#[inline]
pub const fn IN6_IS_ADDR_LINKLOCAL(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xfe && (a.s6_addr[1] & 0xc0) == 0x80
}

#[inline]
pub const fn IN6_IS_ADDR_SITELOCAL(a: &in6_addr) -> bool {
    a.s6_addr[0] == 0xfe && (a.s6_addr[1] & 0xc0) == 0xc0
}

#[inline]
pub const fn IN6_IS_ADDR_V4MAPPED(a: &in6_addr) -> bool {
    let b = &a.s6_addr;
    in6_word(a, 0) == 0
        && in6_word(a, 1) == 0
        && b[8] == 0
        && b[9] == 0
        && b[10] == 0xff
        && b[11] == 0xff
}

// musl's (its last byte above 1); glibc's is in `linux/gnu/in.rs`.
#[cfg(target_env = "musl")]
#[inline]
pub const fn IN6_IS_ADDR_V4COMPAT(a: &in6_addr) -> bool {
    in6_word(a, 0) == 0 && in6_word(a, 1) == 0 && in6_word(a, 2) == 0 && a.s6_addr[15] > 1
}

#[inline]
pub const fn IN6_IS_ADDR_MC_NODELOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x1
}

#[inline]
pub const fn IN6_IS_ADDR_MC_LINKLOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x2
}

#[inline]
pub const fn IN6_IS_ADDR_MC_SITELOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x5
}

#[inline]
pub const fn IN6_IS_ADDR_MC_ORGLOCAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0x8
}

#[inline]
pub const fn IN6_IS_ADDR_MC_GLOBAL(a: &in6_addr) -> bool {
    IN6_IS_ADDR_MULTICAST(a) && (a.s6_addr[1] & 0xf) == 0xe
}

#[inline]
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
#[inline]
pub const extern "C" fn htonl(hostlong: u32) -> u32 {
    hostlong.to_be()
}

#[inline]
pub const extern "C" fn htons(hostshort: u16) -> u16 {
    hostshort.to_be()
}

#[inline]
pub const extern "C" fn ntohl(netlong: u32) -> u32 {
    u32::from_be(netlong)
}

#[inline]
pub const extern "C" fn ntohs(netshort: u16) -> u16 {
    u16::from_be(netshort)
}

// `<netinet/in.h>`: the Linux part: all `IPPROTO_*`, the `IP_*`/`IPV6_*`/`MCAST_*` options and
// their request structs (musl `include/netinet/in.h`).

pub const INADDR_NONE: in_addr_t = 0xffffffff;
pub const INADDR_LOOPBACK: in_addr_t = 0x7f000001;
pub const INADDR_DUMMY: in_addr_t = 0xc0000008;
pub const INADDR_UNSPEC_GROUP: in_addr_t = 0xe0000000;
pub const INADDR_ALLHOSTS_GROUP: in_addr_t = 0xe0000001;
pub const INADDR_ALLRTRS_GROUP: in_addr_t = 0xe0000002;
pub const INADDR_ALLSNOOPERS_GROUP: in_addr_t = 0xe000006a;
pub const INADDR_MAX_LOCAL_GROUP: in_addr_t = 0xe00000ff;
pub const IPPORT_RESERVED: c_int = 1024;
pub const IP_MAX_MEMBERSHIPS: c_int = 20;
pub const IPPROTO_HOPOPTS: c_int = 0;
pub const IPPROTO_IGMP: c_int = 2;
pub const IPPROTO_IPIP: c_int = 4;
pub const IPPROTO_EGP: c_int = 8;
pub const IPPROTO_PUP: c_int = 12;
pub const IPPROTO_IDP: c_int = 22;
pub const IPPROTO_TP: c_int = 29;
pub const IPPROTO_DCCP: c_int = 33;
pub const IPPROTO_ROUTING: c_int = 43;
pub const IPPROTO_FRAGMENT: c_int = 44;
pub const IPPROTO_RSVP: c_int = 46;
pub const IPPROTO_GRE: c_int = 47;
pub const IPPROTO_ESP: c_int = 50;
pub const IPPROTO_AH: c_int = 51;
pub const IPPROTO_ICMPV6: c_int = 58;
pub const IPPROTO_NONE: c_int = 59;
pub const IPPROTO_DSTOPTS: c_int = 60;
pub const IPPROTO_MTP: c_int = 92;
pub const IPPROTO_BEETPH: c_int = 94;
pub const IPPROTO_ENCAP: c_int = 98;
pub const IPPROTO_PIM: c_int = 103;
pub const IPPROTO_COMP: c_int = 108;
pub const IPPROTO_SCTP: c_int = 132;
pub const IPPROTO_MH: c_int = 135;
pub const IPPROTO_UDPLITE: c_int = 136;
pub const IPPROTO_MPLS: c_int = 137;
pub const IPPROTO_ETHERNET: c_int = 143;
pub const IPPROTO_MPTCP: c_int = 262;
pub const IPPROTO_MAX: c_int = 263;
pub const IP_TOS: c_int = 1;
pub const IP_TTL: c_int = 2;
pub const IP_HDRINCL: c_int = 3;
pub const IP_OPTIONS: c_int = 4;
pub const IP_ROUTER_ALERT: c_int = 5;
pub const IP_RECVOPTS: c_int = 6;
pub const IP_RETOPTS: c_int = 7;
pub const IP_RECVRETOPTS: c_int = IP_RETOPTS;
pub const IP_PKTINFO: c_int = 8;
pub const IP_PKTOPTIONS: c_int = 9;
pub const IP_MTU_DISCOVER: c_int = 10;
pub const IP_PMTUDISC: c_int = 10;
pub const IP_RECVERR: c_int = 11;
pub const IP_RECVTTL: c_int = 12;
pub const IP_RECVTOS: c_int = 13;
pub const IP_MTU: c_int = 14;
pub const IP_FREEBIND: c_int = 15;
pub const IP_IPSEC_POLICY: c_int = 16;
pub const IP_XFRM_POLICY: c_int = 17;
pub const IP_PASSSEC: c_int = 18;
pub const IP_TRANSPARENT: c_int = 19;
pub const IP_ORIGDSTADDR: c_int = 20;
pub const IP_RECVORIGDSTADDR: c_int = IP_ORIGDSTADDR;
pub const IP_MINTTL: c_int = 21;
pub const IP_NODEFRAG: c_int = 22;
pub const IP_CHECKSUM: c_int = 23;
pub const IP_BIND_ADDRESS_NO_PORT: c_int = 24;
pub const IP_RECVFRAGSIZE: c_int = 25;
pub const IP_RECVERR_RFC4884: c_int = 26;
pub const IP_MULTICAST_IF: c_int = 32;
pub const IP_MULTICAST_TTL: c_int = 33;
pub const IP_MULTICAST_LOOP: c_int = 34;
pub const IP_ADD_MEMBERSHIP: c_int = 35;
pub const IP_DROP_MEMBERSHIP: c_int = 36;
pub const IP_UNBLOCK_SOURCE: c_int = 37;
pub const IP_BLOCK_SOURCE: c_int = 38;
pub const IP_ADD_SOURCE_MEMBERSHIP: c_int = 39;
pub const IP_DROP_SOURCE_MEMBERSHIP: c_int = 40;
pub const IP_MSFILTER: c_int = 41;
pub const IP_MULTICAST_ALL: c_int = 49;
pub const IP_UNICAST_IF: c_int = 50;
pub const IP_PMTUDISC_DONT: c_int = 0;
pub const IP_PMTUDISC_WANT: c_int = 1;
pub const IP_PMTUDISC_DO: c_int = 2;
pub const IP_PMTUDISC_PROBE: c_int = 3;
pub const IP_PMTUDISC_INTERFACE: c_int = 4;
pub const IP_PMTUDISC_OMIT: c_int = 5;
pub const IP_DEFAULT_MULTICAST_TTL: c_int = 1;
pub const IP_DEFAULT_MULTICAST_LOOP: c_int = 1;
pub const MCAST_JOIN_GROUP: c_int = 42;
pub const MCAST_BLOCK_SOURCE: c_int = 43;
pub const MCAST_UNBLOCK_SOURCE: c_int = 44;
pub const MCAST_LEAVE_GROUP: c_int = 45;
pub const MCAST_JOIN_SOURCE_GROUP: c_int = 46;
pub const MCAST_LEAVE_SOURCE_GROUP: c_int = 47;
pub const MCAST_MSFILTER: c_int = 48;
pub const MCAST_EXCLUDE: c_int = 0;
pub const MCAST_INCLUDE: c_int = 1;
pub const IPV6_ADDRFORM: c_int = 1;
pub const IPV6_2292PKTINFO: c_int = 2;
pub const IPV6_2292HOPOPTS: c_int = 3;
pub const IPV6_2292DSTOPTS: c_int = 4;
pub const IPV6_2292RTHDR: c_int = 5;
pub const IPV6_2292PKTOPTIONS: c_int = 6;
pub const IPV6_CHECKSUM: c_int = 7;
pub const IPV6_2292HOPLIMIT: c_int = 8;
pub const IPV6_NEXTHOP: c_int = 9;
pub const IPV6_AUTHHDR: c_int = 10;
pub const IPV6_ROUTER_ALERT: c_int = 22;
pub const IPV6_MTU_DISCOVER: c_int = 23;
pub const IPV6_MTU: c_int = 24;
pub const IPV6_RECVERR: c_int = 25;
pub const IPV6_JOIN_ANYCAST: c_int = 27;
pub const IPV6_LEAVE_ANYCAST: c_int = 28;
pub const IPV6_MULTICAST_ALL: c_int = 29;
pub const IPV6_ROUTER_ALERT_ISOLATE: c_int = 30;
pub const IPV6_IPSEC_POLICY: c_int = 34;
pub const IPV6_XFRM_POLICY: c_int = 35;
pub const IPV6_HDRINCL: c_int = 36;
pub const IPV6_RECVPKTINFO: c_int = 49;
pub const IPV6_PKTINFO: c_int = 50;
pub const IPV6_RECVHOPLIMIT: c_int = 51;
pub const IPV6_HOPLIMIT: c_int = 52;
pub const IPV6_RECVHOPOPTS: c_int = 53;
pub const IPV6_HOPOPTS: c_int = 54;
pub const IPV6_RXHOPOPTS: c_int = IPV6_HOPOPTS;
pub const IPV6_RTHDRDSTOPTS: c_int = 55;
pub const IPV6_RECVRTHDR: c_int = 56;
pub const IPV6_RTHDR: c_int = 57;
pub const IPV6_RECVDSTOPTS: c_int = 58;
pub const IPV6_DSTOPTS: c_int = 59;
pub const IPV6_RXDSTOPTS: c_int = IPV6_DSTOPTS;
pub const IPV6_RTHDR_TYPE_0: c_int = 0;
pub const IPV6_RECVPATHMTU: c_int = 60;
pub const IPV6_PATHMTU: c_int = 61;
pub const IPV6_DONTFRAG: c_int = 62;
pub const IPV6_RECVTCLASS: c_int = 66;
pub const IPV6_TCLASS: c_int = 67;
pub const IPV6_AUTOFLOWLABEL: c_int = 70;
pub const IPV6_ADDR_PREFERENCES: c_int = 72;
pub const IPV6_MINHOPCOUNT: c_int = 73;
pub const IPV6_ORIGDSTADDR: c_int = 74;
pub const IPV6_RECVORIGDSTADDR: c_int = IPV6_ORIGDSTADDR;
pub const IPV6_TRANSPARENT: c_int = 75;
pub const IPV6_UNICAST_IF: c_int = 76;
pub const IPV6_RECVFRAGSIZE: c_int = 77;
pub const IPV6_FREEBIND: c_int = 78;
pub const IPV6_ADD_MEMBERSHIP: c_int = 20;
pub const IPV6_DROP_MEMBERSHIP: c_int = 21;
pub const IPV6_JOIN_GROUP: c_int = IPV6_ADD_MEMBERSHIP;
pub const IPV6_LEAVE_GROUP: c_int = IPV6_DROP_MEMBERSHIP;
pub const IPV6_PMTUDISC_DONT: c_int = 0;
pub const IPV6_PMTUDISC_WANT: c_int = 1;
pub const IPV6_PMTUDISC_DO: c_int = 2;
pub const IPV6_PMTUDISC_PROBE: c_int = 3;
pub const IPV6_PMTUDISC_INTERFACE: c_int = 4;
pub const IPV6_PMTUDISC_OMIT: c_int = 5;
pub const IPV6_PREFER_SRC_TMP: c_int = 0x0001;
pub const IPV6_PREFER_SRC_PUBLIC: c_int = 0x0002;
pub const IPV6_PREFER_SRC_PUBTMP_DEFAULT: c_int = 0x0100;
pub const IPV6_PREFER_SRC_COA: c_int = 0x0004;
pub const IPV6_PREFER_SRC_HOME: c_int = 0x0400;
pub const IPV6_PREFER_SRC_CGA: c_int = 0x0008;
pub const IPV6_PREFER_SRC_NONCGA: c_int = 0x0800;
pub const IPV6_RTHDR_LOOSE: c_int = 0;
pub const IPV6_RTHDR_STRICT: c_int = 1;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip_mreq {
    pub imr_multiaddr: in_addr,
    pub imr_interface: in_addr,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip_mreqn {
    pub imr_multiaddr: in_addr,
    pub imr_address: in_addr,
    pub imr_ifindex: c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip_mreq_source {
    pub imr_multiaddr: in_addr,
    pub imr_interface: in_addr,
    pub imr_sourceaddr: in_addr,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct group_req {
    pub gr_interface: u32,
    pub gr_group: sockaddr_storage,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct group_source_req {
    pub gsr_interface: u32,
    pub gsr_group: sockaddr_storage,
    pub gsr_source: sockaddr_storage,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct in_pktinfo {
    pub ipi_ifindex: c_int,
    pub ipi_spec_dst: in_addr,
    pub ipi_addr: in_addr,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct in6_pktinfo {
    pub ipi6_addr: in6_addr,
    pub ipi6_ifindex: c_uint,
}

pub const IN6ADDR_ANY_INIT: in6_addr = in6_addr { s6_addr: [0; 16] };
pub const IN6ADDR_LOOPBACK_INIT: in6_addr = in6_addr {
    s6_addr: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
};

pub const IN_CLASSA_NET: in_addr_t = 0xff000000;
pub const IN_CLASSA_NSHIFT: c_int = 24;
pub const IN_CLASSA_HOST: in_addr_t = !IN_CLASSA_NET;
pub const IN_CLASSA_MAX: c_int = 128;
pub const IN_CLASSB_NET: in_addr_t = 0xffff0000;
pub const IN_CLASSB_NSHIFT: c_int = 16;
pub const IN_CLASSB_HOST: in_addr_t = !IN_CLASSB_NET;
pub const IN_CLASSB_MAX: c_int = 65536;
pub const IN_CLASSC_NET: in_addr_t = 0xffffff00;
pub const IN_CLASSC_NSHIFT: c_int = 8;
pub const IN_CLASSC_HOST: in_addr_t = !IN_CLASSC_NET;
pub const IN_LOOPBACKNET: c_int = 127;

// The address-class macros; `a` is an `in_addr_t` in host byte order.
#[inline]
pub const fn IN_CLASSA(a: in_addr_t) -> bool {
    a & 0x80000000 == 0
}

#[inline]
pub const fn IN_CLASSB(a: in_addr_t) -> bool {
    a & 0xc0000000 == 0x80000000
}

#[inline]
pub const fn IN_CLASSC(a: in_addr_t) -> bool {
    a & 0xe0000000 == 0xc0000000
}

#[inline]
pub const fn IN_CLASSD(a: in_addr_t) -> bool {
    a & 0xf0000000 == 0xe0000000
}

#[inline]
pub const fn IN_MULTICAST(a: in_addr_t) -> bool {
    IN_CLASSD(a)
}

#[inline]
pub const fn IN_EXPERIMENTAL(a: in_addr_t) -> bool {
    a & 0xe0000000 == 0xe0000000
}

#[inline]
pub const fn IN_BADCLASS(a: in_addr_t) -> bool {
    a & 0xf0000000 == 0xf0000000
}
