// `<net/if.h>`: interface names and indexes, as POSIX has them (musl `include/net/if.h`).

pub const IF_NAMESIZE: size_t = 16;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct if_nameindex {
    pub if_index: c_uint,
    pub if_name: *mut c_char,
}

extern "C" {
    pub fn if_nameindex() -> *mut if_nameindex;
    pub fn if_nametoindex(ifname: *const c_char) -> c_uint;
    pub fn if_indextoname(ifindex: c_uint, ifname: *mut c_char) -> *mut c_char;
    pub fn if_freenameindex(ptr: *mut if_nameindex);
}

// `<net/if.h>`: the Linux part: `IFF_*` flags, `ifreq` and `ifconf` for the interface ioctls (musl
// `include/net/if.h`).

pub const IFF_UP: c_int = 0x1;
pub const IFF_BROADCAST: c_int = 0x2;
pub const IFF_DEBUG: c_int = 0x4;
pub const IFF_LOOPBACK: c_int = 0x8;
pub const IFF_POINTOPOINT: c_int = 0x10;
pub const IFF_NOTRAILERS: c_int = 0x20;
pub const IFF_RUNNING: c_int = 0x40;
pub const IFF_NOARP: c_int = 0x80;
pub const IFF_PROMISC: c_int = 0x100;
pub const IFF_ALLMULTI: c_int = 0x200;
pub const IFF_MASTER: c_int = 0x400;
pub const IFF_SLAVE: c_int = 0x800;
pub const IFF_MULTICAST: c_int = 0x1000;
pub const IFF_PORTSEL: c_int = 0x2000;
pub const IFF_AUTOMEDIA: c_int = 0x4000;
pub const IFF_DYNAMIC: c_int = 0x8000;
pub const IFF_LOWER_UP: c_int = 0x10000;
pub const IFF_DORMANT: c_int = 0x20000;
pub const IFF_ECHO: c_int = 0x40000;
pub const IFNAMSIZ: size_t = 16;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ifreq {
    pub ifr_name: [c_char; 16],
    pub ifr_ifru: __c_anonymous_ifr_ifru,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ifconf {
    pub ifc_len: c_int,
    pub ifc_ifcu: __c_anonymous_ifc_ifcu,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_ifru_map {
    pub mem_start: c_ulong,
    pub mem_end: c_ulong,
    pub base_addr: c_ushort,
    pub irq: c_uchar,
    pub dma: c_uchar,
    pub port: c_uchar,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_ifc_ifcu {
    pub ifcu_buf: *mut c_char,
    pub ifcu_req: *mut ifreq,
}

impl core::fmt::Debug for __c_anonymous_ifc_ifcu {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_ifc_ifcu")
            .finish_non_exhaustive()
    }
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_ifr_ifru {
    pub ifru_addr: sockaddr,
    pub ifru_dstaddr: sockaddr,
    pub ifru_broadaddr: sockaddr,
    pub ifru_netmask: sockaddr,
    pub ifru_hwaddr: sockaddr,
    pub ifru_flags: c_short,
    pub ifru_ifindex: c_int,
    pub ifru_metric: c_int,
    pub ifru_mtu: c_int,
    pub ifru_map: __c_anonymous_ifru_map,
    pub ifru_slave: [c_char; 16],
    pub ifru_newname: [c_char; 16],
    pub ifru_data: *mut c_char,
}

impl core::fmt::Debug for __c_anonymous_ifr_ifru {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_ifr_ifru")
            .finish_non_exhaustive()
    }
}
