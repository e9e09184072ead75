// `<sys/sysinfo.h>`: glibc takes the kernel's `struct sysinfo`
// (`<linux/sysinfo.h>`: 112 bytes; musl's has room reserved after it); its
// `__kernel_long_t`/`__kernel_ulong_t` words in the published crate's
// spelling.

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sysinfo {
    pub uptime: i64,
    pub loads: [u64; 3],
    pub totalram: u64,
    pub freeram: u64,
    pub sharedram: u64,
    pub bufferram: u64,
    pub totalswap: u64,
    pub freeswap: u64,
    pub procs: c_ushort,
    pub pad: c_ushort,
    pub totalhigh: u64,
    pub freehigh: u64,
    pub mem_unit: c_uint,
    pub _f: [c_char; 0],
}
