// `<bits/shm.h>`: powerpc64's `struct shmid_ds`, whose times come before
// `shm_segsz` (musl `arch/powerpc64/bits/shm.h`; `SHMLBA`, `shminfo` and
// `shm_info` are the hub's).

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct shmid_ds {
    pub shm_perm: ipc_perm,
    pub shm_atime: time_t,
    pub shm_dtime: time_t,
    pub shm_ctime: time_t,
    pub shm_segsz: size_t,
    pub shm_cpid: pid_t,
    pub shm_lpid: pid_t,
    pub shm_nattch: c_ulong,
    __unused: crate::Padding<[c_ulong; 2]>,
}
