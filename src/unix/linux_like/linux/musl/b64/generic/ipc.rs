//! `<bits/ipc.h>`: `struct ipc_perm` (musl `arch/generic/bits/ipc.h`;
//! powerpc64 and mips64 have their own). `__key` and `__seq` are the names
//! <sys/ipc.h> gives `__ipc_perm_key` and `__ipc_perm_seq`.

use crate::{c_int, c_long, gid_t, key_t, mode_t, uid_t};

#[repr(C)]
#[derive(Clone, Copy)]
#[cfg_attr(feature = "extra_traits", derive(Debug, PartialEq, Eq, Hash))]
pub struct ipc_perm {
    pub __key: key_t,
    pub uid: uid_t,
    pub gid: gid_t,
    pub cuid: uid_t,
    pub cgid: gid_t,
    pub mode: mode_t,
    pub __seq: c_int,
    __pad1: c_long,
    __pad2: c_long,
}
