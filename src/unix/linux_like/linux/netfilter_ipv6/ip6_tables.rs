// `<linux/netfilter_ipv6/ip6_tables.h>`: ip6tables' socket options, the IPv6
// part of a rule and its flags, and the table information request (kernel
// `include/uapi/linux/netfilter_ipv6/ip6_tables.h`; the values it takes from
// `<linux/netfilter/x_tables.h>` and `<linux/netfilter/xt_tcpudp.h>`).

pub const IP6T_FUNCTION_MAXNAMELEN: c_int = 30;
pub const IP6T_TABLE_MAXNAMELEN: c_int = 32;

pub const IP6T_CONTINUE: c_uint = 0xffffffff;
pub const IP6T_RETURN: c_int = -crate::NF_REPEAT - 1;

pub const IP6T_TCP_INV_SRCPT: c_int = 0x01;
pub const IP6T_TCP_INV_DSTPT: c_int = 0x02;
pub const IP6T_TCP_INV_FLAGS: c_int = 0x04;
pub const IP6T_TCP_INV_OPTION: c_int = 0x08;
pub const IP6T_TCP_INV_MASK: c_int = 0x0f;
pub const IP6T_UDP_INV_SRCPT: c_int = 0x01;
pub const IP6T_UDP_INV_DSTPT: c_int = 0x02;
pub const IP6T_UDP_INV_MASK: c_int = 0x03;

/// The IPv6 header fields a rule matches.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip6t_ip6 {
    pub src: in6_addr,
    pub dst: in6_addr,
    pub smsk: in6_addr,
    pub dmsk: in6_addr,
    pub iniface: [c_char; IFNAMSIZ],
    pub outiface: [c_char; IFNAMSIZ],
    pub iniface_mask: [c_uchar; IFNAMSIZ],
    pub outiface_mask: [c_uchar; IFNAMSIZ],
    pub proto: u16,
    pub tos: u8,
    pub flags: u8,
    pub invflags: u8,
}

pub const IP6T_F_PROTO: c_int = 0x01;
pub const IP6T_F_TOS: c_int = 0x02;
pub const IP6T_F_GOTO: c_int = 0x04;
pub const IP6T_F_MASK: c_int = 0x07;

pub const IP6T_INV_VIA_IN: c_int = 0x01;
pub const IP6T_INV_VIA_OUT: c_int = 0x02;
pub const IP6T_INV_TOS: c_int = 0x04;
pub const IP6T_INV_SRCIP: c_int = 0x08;
pub const IP6T_INV_DSTIP: c_int = 0x10;
pub const IP6T_INV_FRAG: c_int = 0x20;
pub const IP6T_INV_PROTO: c_int = 0x40;
pub const IP6T_INV_MASK: c_int = 0x7f;

pub const IP6T_BASE_CTL: c_int = 64;

pub const IP6T_SO_SET_REPLACE: c_int = IP6T_BASE_CTL;
pub const IP6T_SO_SET_ADD_COUNTERS: c_int = IP6T_BASE_CTL + 1;
pub const IP6T_SO_SET_MAX: c_int = IP6T_SO_SET_ADD_COUNTERS;

pub const IP6T_SO_GET_INFO: c_int = IP6T_BASE_CTL;
pub const IP6T_SO_GET_ENTRIES: c_int = IP6T_BASE_CTL + 1;
pub const IP6T_SO_GET_REVISION_MATCH: c_int = IP6T_BASE_CTL + 4;
pub const IP6T_SO_GET_REVISION_TARGET: c_int = IP6T_BASE_CTL + 5;
pub const IP6T_SO_GET_MAX: c_int = IP6T_SO_GET_REVISION_TARGET;

/// The `SOL_IPV6` option that gives a redirected connection's original
/// destination.
pub const IP6T_SO_ORIGINAL_DST: c_int = 80;

/// The ICMPv6 match's data.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip6t_icmp {
    pub type_: u8,
    pub code: [u8; 2],
    pub invflags: u8,
}

pub const IP6T_ICMP_INV: c_int = 0x01;

/// `IP6T_SO_GET_INFO`'s argument: a table's hooks and size.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ip6t_getinfo {
    pub name: [c_char; IP6T_TABLE_MAXNAMELEN as usize],
    pub valid_hooks: c_uint,
    pub hook_entry: [c_uint; NF_INET_NUMHOOKS as usize],
    pub underflow: [c_uint; NF_INET_NUMHOOKS as usize],
    pub num_entries: c_uint,
    pub size: c_uint,
}
