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
