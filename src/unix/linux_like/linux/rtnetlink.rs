// `<linux/rtnetlink.h>`: routing netlink: `RTM_*` message types, `rtattr` and its `RTA_*` helpers,
// `ifinfomsg`, groups (kernel `include/uapi/linux/rtnetlink.h`).

pub const RTM_NEWLINK: u16 = 16;
pub const RTM_DELLINK: u16 = 17;
pub const RTM_GETLINK: u16 = 18;
pub const RTM_SETLINK: u16 = 19;
pub const RTM_NEWADDR: u16 = 20;
pub const RTM_DELADDR: u16 = 21;
pub const RTM_GETADDR: u16 = 22;
pub const RTM_NEWROUTE: u16 = 24;
pub const RTM_DELROUTE: u16 = 25;
pub const RTM_GETROUTE: u16 = 26;
pub const RTM_NEWNEIGH: u16 = 28;
pub const RTM_DELNEIGH: u16 = 29;
pub const RTM_GETNEIGH: u16 = 30;
pub const RTM_NEWRULE: u16 = 32;
pub const RTM_DELRULE: u16 = 33;
pub const RTM_GETRULE: u16 = 34;
pub const RTM_NEWQDISC: u16 = 36;
pub const RTM_DELQDISC: u16 = 37;
pub const RTM_GETQDISC: u16 = 38;
pub const RTM_NEWTCLASS: u16 = 40;
pub const RTM_DELTCLASS: u16 = 41;
pub const RTM_GETTCLASS: u16 = 42;
pub const RTM_NEWTFILTER: u16 = 44;
pub const RTM_DELTFILTER: u16 = 45;
pub const RTM_GETTFILTER: u16 = 46;
pub const RTM_NEWACTION: u16 = 48;
pub const RTM_DELACTION: u16 = 49;
pub const RTM_GETACTION: u16 = 50;
pub const RTM_NEWPREFIX: u16 = 52;
pub const RTM_GETMULTICAST: u16 = 58;
pub const RTM_GETANYCAST: u16 = 62;
pub const RTM_NEWNEIGHTBL: u16 = 64;
pub const RTM_GETNEIGHTBL: u16 = 66;
pub const RTM_SETNEIGHTBL: u16 = 67;
pub const RTM_NEWNDUSEROPT: u16 = 68;
pub const RTM_NEWADDRLABEL: u16 = 72;
pub const RTM_DELADDRLABEL: u16 = 73;
pub const RTM_GETADDRLABEL: u16 = 74;
pub const RTM_GETDCB: u16 = 78;
pub const RTM_SETDCB: u16 = 79;
pub const RTM_NEWNETCONF: u16 = 80;
pub const RTM_DELNETCONF: u16 = 81;
pub const RTM_GETNETCONF: u16 = 82;
pub const RTM_NEWMDB: u16 = 84;
pub const RTM_DELMDB: u16 = 85;
pub const RTM_GETMDB: u16 = 86;
pub const RTM_NEWNSID: u16 = 88;
pub const RTM_DELNSID: u16 = 89;
pub const RTM_GETNSID: u16 = 90;
pub const RTM_NEWSTATS: u16 = 92;
pub const RTM_GETSTATS: u16 = 94;
pub const RTM_SETSTATS: u16 = 95;
pub const RTM_NEWCACHEREPORT: u16 = 96;
pub const RTM_NEWCHAIN: u16 = 100;
pub const RTM_DELCHAIN: u16 = 101;
pub const RTM_GETCHAIN: u16 = 102;
pub const RTM_NEWNEXTHOP: u16 = 104;
pub const RTM_DELNEXTHOP: u16 = 105;
pub const RTM_GETNEXTHOP: u16 = 106;
pub const RTM_NEWLINKPROP: u16 = 108;
pub const RTM_DELLINKPROP: u16 = 109;
pub const RTM_GETLINKPROP: u16 = 110;
pub const RTM_NEWVLAN: u16 = 112;
pub const RTM_DELVLAN: u16 = 113;
pub const RTM_GETVLAN: u16 = 114;
pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
pub const RTM_DELNEXTHOPBUCKET: u16 = 117;
pub const RTM_GETNEXTHOPBUCKET: u16 = 118;
pub const RTM_NEWTUNNEL: u16 = 120;
pub const RTM_DELTUNNEL: u16 = 121;
pub const RTM_GETTUNNEL: u16 = 122;
pub const RTN_UNSPEC: c_uchar = 0;
pub const RTN_UNICAST: c_uchar = 1;
pub const RTN_LOCAL: c_uchar = 2;
pub const RTN_BROADCAST: c_uchar = 3;
pub const RTN_ANYCAST: c_uchar = 4;
pub const RTN_MULTICAST: c_uchar = 5;
pub const RTN_BLACKHOLE: c_uchar = 6;
pub const RTN_UNREACHABLE: c_uchar = 7;
pub const RTN_PROHIBIT: c_uchar = 8;
pub const RTN_THROW: c_uchar = 9;
pub const RTN_NAT: c_uchar = 10;
pub const RTN_XRESOLVE: c_uchar = 11;
pub const RTPROT_UNSPEC: c_uchar = 0;
pub const RTPROT_REDIRECT: c_uchar = 1;
pub const RTPROT_KERNEL: c_uchar = 2;
pub const RTPROT_BOOT: c_uchar = 3;
pub const RTPROT_STATIC: c_uchar = 4;
pub const RT_SCOPE_UNIVERSE: c_uchar = 0;
pub const RT_SCOPE_SITE: c_uchar = 200;
pub const RT_SCOPE_LINK: c_uchar = 253;
pub const RT_SCOPE_HOST: c_uchar = 254;
pub const RT_SCOPE_NOWHERE: c_uchar = 255;
pub const RTM_F_NOTIFY: c_uint = 0x100;
pub const RTM_F_CLONED: c_uint = 0x200;
pub const RTM_F_EQUALIZE: c_uint = 0x400;
pub const RTM_F_PREFIX: c_uint = 0x800;
pub const RTM_F_LOOKUP_TABLE: c_uint = 0x1000;
pub const RTM_F_FIB_MATCH: c_uint = 0x2000;
pub const RTM_F_OFFLOAD: c_uint = 0x4000;
pub const RTM_F_TRAP: c_uint = 0x8000;
pub const RTM_F_OFFLOAD_FAILED: c_uint = 0x20000000;
pub const RT_TABLE_UNSPEC: c_uchar = 0;
pub const RT_TABLE_COMPAT: c_uchar = 252;
pub const RT_TABLE_DEFAULT: c_uchar = 253;
pub const RT_TABLE_MAIN: c_uchar = 254;
pub const RT_TABLE_LOCAL: c_uchar = 255;
pub const RTA_UNSPEC: c_ushort = 0;
pub const RTA_DST: c_ushort = 1;
pub const RTA_SRC: c_ushort = 2;
pub const RTA_IIF: c_ushort = 3;
pub const RTA_OIF: c_ushort = 4;
pub const RTA_GATEWAY: c_ushort = 5;
pub const RTA_PRIORITY: c_ushort = 6;
pub const RTA_PREFSRC: c_ushort = 7;
pub const RTA_METRICS: c_ushort = 8;
pub const RTA_MULTIPATH: c_ushort = 9;
pub const RTA_PROTOINFO: c_ushort = 10;
pub const RTA_FLOW: c_ushort = 11;
pub const RTA_CACHEINFO: c_ushort = 12;
pub const RTA_SESSION: c_ushort = 13;
pub const RTA_MP_ALGO: c_ushort = 14;
pub const RTA_TABLE: c_ushort = 15;
pub const RTA_MARK: c_ushort = 16;
pub const RTA_MFC_STATS: c_ushort = 17;
pub const RTA_VIA: c_ushort = 18;
pub const RTA_NEWDST: c_ushort = 19;
pub const RTA_PREF: c_ushort = 20;
pub const RTA_ENCAP_TYPE: c_ushort = 21;
pub const RTA_ENCAP: c_ushort = 22;
pub const RTA_EXPIRES: c_ushort = 23;
pub const RTA_PAD: c_ushort = 24;
pub const RTA_UID: c_ushort = 25;
pub const RTA_TTL_PROPAGATE: c_ushort = 26;
pub const RTA_IP_PROTO: c_ushort = 27;
pub const RTA_SPORT: c_ushort = 28;
pub const RTA_DPORT: c_ushort = 29;
pub const RTA_NH_ID: c_ushort = 30;
pub const RTA_FLOWLABEL: c_ushort = 31;
pub const TCA_UNSPEC: c_ushort = 0;
pub const TCA_KIND: c_ushort = 1;
pub const TCA_OPTIONS: c_ushort = 2;
pub const TCA_STATS: c_ushort = 3;
pub const TCA_XSTATS: c_ushort = 4;
pub const TCA_RATE: c_ushort = 5;
pub const TCA_FCNT: c_ushort = 6;
pub const TCA_STATS2: c_ushort = 7;
pub const TCA_STAB: c_ushort = 8;
pub const TCA_PAD: c_ushort = 9;
pub const TCA_DUMP_INVISIBLE: c_ushort = 10;
pub const TCA_CHAIN: c_ushort = 11;
pub const TCA_HW_OFFLOAD: c_ushort = 12;
pub const TCA_INGRESS_BLOCK: c_ushort = 13;
pub const TCA_EGRESS_BLOCK: c_ushort = 14;
pub const TCA_DUMP_FLAGS: c_ushort = 15;
pub const TCA_EXT_WARN_MSG: c_ushort = 16;
pub const RTMGRP_LINK: c_int = 1;
pub const RTMGRP_NOTIFY: c_int = 2;
pub const RTMGRP_NEIGH: c_int = 4;
pub const RTMGRP_TC: c_int = 8;
pub const RTMGRP_IPV4_IFADDR: c_int = 0x10;
pub const RTMGRP_IPV4_MROUTE: c_int = 0x20;
pub const RTMGRP_IPV4_ROUTE: c_int = 0x40;
pub const RTMGRP_IPV4_RULE: c_int = 0x80;
pub const RTMGRP_IPV6_IFADDR: c_int = 0x100;
pub const RTMGRP_IPV6_MROUTE: c_int = 0x200;
pub const RTMGRP_IPV6_ROUTE: c_int = 0x400;
pub const RTMGRP_IPV6_IFINFO: c_int = 0x800;
pub const RTMGRP_DECnet_IFADDR: c_int = 0x1000;
pub const RTMGRP_DECnet_ROUTE: c_int = 0x4000;
pub const RTMGRP_IPV6_PREFIX: c_int = 0x20000;
pub const RTNLGRP_NONE: c_uint = 0;
pub const RTNLGRP_LINK: c_uint = 1;
pub const RTNLGRP_NOTIFY: c_uint = 2;
pub const RTNLGRP_NEIGH: c_uint = 3;
pub const RTNLGRP_TC: c_uint = 4;
pub const RTNLGRP_IPV4_IFADDR: c_uint = 5;
pub const RTNLGRP_IPV4_MROUTE: c_uint = 6;
pub const RTNLGRP_IPV4_ROUTE: c_uint = 7;
pub const RTNLGRP_IPV4_RULE: c_uint = 8;
pub const RTNLGRP_IPV6_IFADDR: c_uint = 9;
pub const RTNLGRP_IPV6_MROUTE: c_uint = 10;
pub const RTNLGRP_IPV6_ROUTE: c_uint = 11;
pub const RTNLGRP_IPV6_IFINFO: c_uint = 12;
pub const RTNLGRP_DECnet_IFADDR: c_uint = 13;
pub const RTNLGRP_NOP2: c_uint = 14;
pub const RTNLGRP_DECnet_ROUTE: c_uint = 15;
pub const RTNLGRP_DECnet_RULE: c_uint = 16;
pub const RTNLGRP_NOP4: c_uint = 17;
pub const RTNLGRP_IPV6_PREFIX: c_uint = 18;
pub const RTNLGRP_IPV6_RULE: c_uint = 19;
pub const RTNLGRP_ND_USEROPT: c_uint = 20;
pub const RTNLGRP_PHONET_IFADDR: c_uint = 21;
pub const RTNLGRP_PHONET_ROUTE: c_uint = 22;
pub const RTNLGRP_DCB: c_uint = 23;
pub const RTNLGRP_IPV4_NETCONF: c_uint = 24;
pub const RTNLGRP_IPV6_NETCONF: c_uint = 25;
pub const RTNLGRP_MDB: c_uint = 26;
pub const RTNLGRP_MPLS_ROUTE: c_uint = 27;
pub const RTNLGRP_NSID: c_uint = 28;
pub const RTNLGRP_MPLS_NETCONF: c_uint = 29;
pub const RTNLGRP_IPV4_MROUTE_R: c_uint = 30;
pub const RTNLGRP_IPV6_MROUTE_R: c_uint = 31;
pub const RTNLGRP_NEXTHOP: c_uint = 32;
pub const RTNLGRP_BRVLAN: c_uint = 33;
pub const RTNLGRP_MCTP_IFADDR: c_uint = 34;
pub const RTNLGRP_TUNNEL: c_uint = 35;
pub const RTNLGRP_STATS: c_uint = 36;
pub const RTEXT_FILTER_VF: c_int = 1 << 0;
pub const RTEXT_FILTER_BRVLAN: c_int = 1 << 1;
pub const RTEXT_FILTER_BRVLAN_COMPRESSED: c_int = 1 << 2;
pub const RTEXT_FILTER_SKIP_STATS: c_int = 1 << 3;
pub const RTEXT_FILTER_MRP: c_int = 1 << 4;
pub const RTEXT_FILTER_CFM_CONFIG: c_int = 1 << 5;
pub const RTEXT_FILTER_CFM_STATUS: c_int = 1 << 6;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct rtattr {
    pub rta_len: c_ushort,
    pub rta_type: c_ushort,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ifinfomsg {
    pub ifi_family: c_uchar,
    __ifi_pad: crate::Padding<c_uchar>,
    pub ifi_type: c_ushort,
    pub ifi_index: c_int,
    pub ifi_flags: c_uint,
    pub ifi_change: c_uint,
}

// The `RTA_*` macros, computed as C does; pointers are formed with wrapping
// arithmetic, and `RTA_NEXT` returns null (after updating `attrlen` as C
// does) where C would step past the `attrlen` bytes left. A header is read
// without assuming its alignment. Safety: `RTA_OK(rta, len)` reads the
// header only when `len` covers it; `RTA_NEXT` and `RTA_PAYLOAD` read the
// header `rta` points at, as C does (readable once `RTA_OK` said true).

pub const RTA_ALIGNTO: c_uint = 4;

/// `rta->rta_len`, wherever `rta` is aligned.
#[inline]
unsafe fn rta_len(rta: *const rtattr) -> c_ushort {
    core::ptr::addr_of!((*rta).rta_len).read_unaligned()
}

#[inline]
pub const fn RTA_ALIGN(len: c_uint) -> c_uint {
    len.wrapping_add(RTA_ALIGNTO - 1) & !(RTA_ALIGNTO - 1)
}

#[inline]
pub const fn RTA_LENGTH(len: c_uint) -> c_uint {
    RTA_ALIGN(size_of::<rtattr>() as c_uint).wrapping_add(len)
}

#[inline]
pub const fn RTA_SPACE(len: c_uint) -> c_uint {
    RTA_ALIGN(RTA_LENGTH(len))
}

#[inline]
pub unsafe fn RTA_OK(rta: *const rtattr, len: c_int) -> bool {
    len >= size_of::<rtattr>() as c_int
        && rta_len(rta) as usize >= size_of::<rtattr>()
        && rta_len(rta) as c_int <= len
}

#[inline]
pub unsafe fn RTA_NEXT(rta: *mut rtattr, attrlen: &mut c_int) -> *mut rtattr {
    let step = RTA_ALIGN(rta_len(rta) as c_uint) as c_int;
    let fits = step <= *attrlen;
    *attrlen = attrlen.wrapping_sub(step);
    if fits {
        (rta as *mut u8).wrapping_add(step as usize) as *mut rtattr
    } else {
        core::ptr::null_mut()
    }
}

#[inline]
pub unsafe fn RTA_DATA(rta: *mut rtattr) -> *mut c_void {
    (rta as *mut u8).wrapping_add(RTA_LENGTH(0) as usize) as *mut c_void
}

#[inline]
pub unsafe fn RTA_PAYLOAD(rta: *const rtattr) -> c_int {
    rta_len(rta) as c_int - RTA_LENGTH(0) as c_int
}
