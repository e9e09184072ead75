// `<netiucv/iucv.h>`: glibc's `struct sockaddr_iucv`, the address of s390's
// IUCV sockets; its reserved port and address are private (glibc
// `netiucv/iucv.h`).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sockaddr_iucv {
    pub siucv_family: sa_family_t,
    siucv_port: crate::Padding<c_ushort>,
    siucv_addr: crate::Padding<c_uint>,
    pub siucv_nodeid: [c_char; 8],
    pub siucv_user_id: [c_char; 8],
    pub siucv_name: [c_char; 8],
}
