// `<linux/memfd.h>`: `memfd_create` flags beyond musl's `<sys/mman.h>`: exec
// sealing and huge page sizes (the kernel's `include/uapi/linux/memfd.h`, with
// `asm-generic/hugetlb_encode.h`).

pub const MFD_NOEXEC_SEAL: c_uint = 0x0008;
pub const MFD_EXEC: c_uint = 0x0010;
pub const MFD_HUGE_SHIFT: c_uint = 26;
pub const MFD_HUGE_MASK: c_uint = 0x3f;
pub const MFD_HUGE_64KB: c_uint = 16 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_512KB: c_uint = 19 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_1MB: c_uint = 20 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_2MB: c_uint = 21 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_8MB: c_uint = 23 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_16MB: c_uint = 24 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_32MB: c_uint = 25 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_256MB: c_uint = 28 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_512MB: c_uint = 29 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_1GB: c_uint = 30 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_2GB: c_uint = 31 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_16GB: c_uint = 34 << MFD_HUGE_SHIFT;
