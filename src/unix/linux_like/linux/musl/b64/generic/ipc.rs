//! `<bits/ipc.h>`: `struct ipc_perm` (musl `arch/generic/bits/ipc.h`;
//! powerpc64 and mips64 have their own layouts). `__seq` is the name
//! <sys/ipc.h> gives `__ipc_perm_seq` under `_GNU_SOURCE`.

use crate::{c_int, c_long, gid_t, key_t, mode_t, uid_t};

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
    __pad1: crate::Padding<c_long>,
    __pad2: crate::Padding<c_long>,
}
