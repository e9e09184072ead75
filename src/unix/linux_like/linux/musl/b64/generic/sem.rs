//! `<bits/sem.h>`: `struct semid_ds` (musl `arch/generic/bits/sem.h`; x86_64
//! has its own; the `ipc_perm` in it is the architecture's). `sem_nsems`
//! sits at the low- or the high-addressed end of a `long`, as the byte order
//! asks.

use crate::{c_char, c_long, c_ushort, ipc_perm, time_t};

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    pub sem_ctime: time_t,
    #[cfg(target_endian = "little")]
    pub sem_nsems: c_ushort,
    __sem_nsems_pad: crate::Padding<[c_char; 6]>,
    #[cfg(target_endian = "big")]
    pub sem_nsems: c_ushort,
    __unused3: crate::Padding<c_long>,
    __unused4: crate::Padding<c_long>,
}
