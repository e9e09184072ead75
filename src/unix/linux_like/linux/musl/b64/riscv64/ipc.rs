// `<bits/ipc.h>`: musl's generic `struct ipc_perm`, under the field names the
// published crate gives it on riscv64 (`__key` for `__ipc_perm_key`, as
// <sys/ipc.h> spells it under `_GNU_SOURCE`; musl
// `arch/generic/bits/ipc.h`).

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
    pub __ipc_perm_seq: c_int,
    __pad1: crate::Padding<c_long>,
    __pad2: crate::Padding<c_long>,
}
