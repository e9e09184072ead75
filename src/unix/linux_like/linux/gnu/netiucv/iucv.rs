// `<netiucv/iucv.h>`: the socket address of `AF_IUCV`, s390's
// inter-user communication vehicle, a glibc header musl does not have
// (glibc `sysdeps/unix/sysv/linux/netiucv/iucv.h`).

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
