// `<linux/ipv6.h>`: `in6_ifreq` for the IPv6 address ioctls (kernel `include/uapi/linux/ipv6.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct in6_ifreq {
    pub ifr6_addr: in6_addr,
    pub ifr6_prefixlen: u32,
    pub ifr6_ifindex: c_int,
}
