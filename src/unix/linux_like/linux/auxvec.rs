// `<linux/auxvec.h>`: the auxiliary vector entries newer than musl's `<elf.h>`
// (the kernel's `include/uapi/linux/auxvec.h`).

pub const AT_HWCAP3: c_ulong = 29;
pub const AT_HWCAP4: c_ulong = 30;
