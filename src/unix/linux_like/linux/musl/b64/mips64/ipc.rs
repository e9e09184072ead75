// `<bits/ipc.h>`: mips64's `struct ipc_perm` (musl `arch/mips64/bits/ipc.h`).
// `__seq` is the name <sys/ipc.h> gives `__ipc_perm_seq` under
// `_GNU_SOURCE`.

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ipc_perm {
    pub __ipc_perm_key: key_t,
    pub uid: uid_t,
    pub gid: gid_t,
    pub cuid: uid_t,
    pub cgid: gid_t,
    pub mode: mode_t,
    pub __seq: c_int,
    __pad1: crate::Padding<c_int>,
    __unused1: crate::Padding<c_ulong>,
    __unused2: crate::Padding<c_ulong>,
}
