// `<sys/sysinfo.h>`: `struct sysinfo` and the processor/memory counts (musl
// `include/sys/sysinfo.h`).

#[cfg(target_env = "musl")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sysinfo {
    pub uptime: c_ulong,
    pub loads: [c_ulong; 3],
    pub totalram: c_ulong,
    pub freeram: c_ulong,
    pub sharedram: c_ulong,
    pub bufferram: c_ulong,
    pub totalswap: c_ulong,
    pub freeswap: c_ulong,
    pub procs: c_ushort,
    pub pad: c_ushort,
    pub totalhigh: c_ulong,
    pub freehigh: c_ulong,
    pub mem_unit: c_uint,
    pub __reserved: [c_char; 256],
}

pub const SI_LOAD_SHIFT: c_uint = 16;

extern "C" {
    pub fn sysinfo(info: *mut sysinfo) -> c_int;
}

extern "C" {
    pub fn get_avphys_pages() -> c_long;
    pub fn get_nprocs() -> c_int;
    pub fn get_nprocs_conf() -> c_int;
    pub fn get_phys_pages() -> c_long;
}
