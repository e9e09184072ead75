//! `<bits/shm.h>`: `struct shmid_ds` (musl `arch/generic/bits/shm.h`;
//! powerpc64 has its own). glibc's on x86_64 and aarch64 (`bits/types/
//! struct_shmid_ds.h`) is the same layout, and this definition serves it
//! too, in musl's spelling (the published crate's glibc shape spells
//! `shm_nattch` `shmatt_t`, there `u64`: the same type).

use crate::{c_ulong, ipc_perm, pid_t, size_t, time_t};

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct shmid_ds {
    pub shm_perm: ipc_perm,
    pub shm_segsz: size_t,
    pub shm_atime: time_t,
    pub shm_dtime: time_t,
    pub shm_ctime: time_t,
    pub shm_cpid: pid_t,
    pub shm_lpid: pid_t,
    pub shm_nattch: c_ulong,
    __pad1: crate::Padding<c_ulong>,
    __pad2: crate::Padding<c_ulong>,
}
