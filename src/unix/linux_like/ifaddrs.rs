// `<ifaddrs.h>`: `getifaddrs` and its list (musl `include/ifaddrs.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ifaddrs {
    pub ifa_next: *mut ifaddrs,
    pub ifa_name: *mut c_char,
    pub ifa_flags: c_uint,
    pub ifa_addr: *mut sockaddr,
    pub ifa_netmask: *mut sockaddr,
    pub ifa_ifu: *mut sockaddr,
    pub ifa_data: *mut c_void,
}

extern "C" {
    pub fn freeifaddrs(ifa: *mut ifaddrs);
    pub fn getifaddrs(ifap: *mut *mut ifaddrs) -> c_int;
}
