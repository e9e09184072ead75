// `<sys/shm.h>`: `SHMLBA`, `struct shminfo` and `struct shm_info` (musl
// `arch/generic/bits/shm.h`; powerpc64 has its own `shmid_ds`, with these
// same). `struct shmid_ds` is in `generic::shm`.

#[cfg(target_env = "musl")]
pub const SHMLBA: c_int = 4096;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct shminfo {
    pub shmmax: c_ulong,
    pub shmmin: c_ulong,
    pub shmmni: c_ulong,
    pub shmseg: c_ulong,
    pub shmall: c_ulong,
    __unused: crate::Padding<[c_ulong; 4]>,
}

/// The field names are the ones <sys/shm.h> gives under `_GNU_SOURCE`
/// (`__used_ids` and so on otherwise).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct shm_info {
    pub used_ids: c_int,
    pub shm_tot: c_ulong,
    pub shm_rss: c_ulong,
    pub shm_swp: c_ulong,
    pub swap_attempts: c_ulong,
    pub swap_successes: c_ulong,
}
