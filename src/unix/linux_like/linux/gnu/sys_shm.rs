// `<sys/shm.h>`: glibc's `shmatt_t` and `struct shmid_ds` (glibc
// `bits/shm.h`, `bits/types/struct_shmid_ds.h`): musl's layout, in the
// published crate's glibc types.

pub type shmatt_t = u64;

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
    pub shm_nattch: shmatt_t,
    __glibc_reserved: crate::Padding<[c_ulong; 2]>,
}
