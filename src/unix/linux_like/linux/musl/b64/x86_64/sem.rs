// `<bits/sem.h>`: x86_64's `struct semid_ds`, with a padding `long` after
// each time (musl `arch/x86_64/bits/sem.h`), which is also wasm32-wali's:
// it is the layout of the x86_64 kernel that WALI passes `semctl` to.

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    __unused1: crate::Padding<c_long>,
    pub sem_ctime: time_t,
    __unused2: crate::Padding<c_long>,
    pub sem_nsems: c_ushort,
    __sem_nsems_pad: crate::Padding<[c_char; 6]>,
    __unused3: crate::Padding<c_long>,
    __unused4: crate::Padding<c_long>,
}
