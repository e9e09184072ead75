// `<sys/ipc.h>`: glibc's `struct ipc_perm`, with an `unsigned short`
// sequence number and two reserved words (glibc `bits/ipc-perm.h`).

pub type __syscall_ulong_t = c_ulong;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ipc_perm {
    pub __key: key_t,
    pub uid: uid_t,
    pub gid: gid_t,
    pub cuid: uid_t,
    pub cgid: gid_t,
    pub mode: mode_t,
    pub __seq: c_ushort,
    __pad2: crate::Padding<c_ushort>,
    __glibc_reserved1: crate::Padding<__syscall_ulong_t>,
    __glibc_reserved2: crate::Padding<__syscall_ulong_t>,
}
