// `<linux/membarrier.h>`: the type of `membarrier`'s command, and the
// commands newer than musl's `<sys/membarrier.h>` (the kernel's
// `include/uapi/linux/membarrier.h`, where the commands are an enum).

pub type membarrier_cmd = c_int;

pub const MEMBARRIER_CMD_GET_REGISTRATIONS: membarrier_cmd = 1 << 9;
