// `<linux/membarrier.h>`: the commands of `membarrier` (the kernel's
// `include/uapi/linux/membarrier.h`, where they are an enum). musl's
// `<sys/membarrier.h>` repeats them as macros of the same values and adds
// the function; glibc has no such header, and these are the kernel's
// definitions on every target.

pub type membarrier_cmd = c_int;

pub const MEMBARRIER_CMD_QUERY: membarrier_cmd = 0;
pub const MEMBARRIER_CMD_GLOBAL: membarrier_cmd = 1 << 0;
pub const MEMBARRIER_CMD_GLOBAL_EXPEDITED: membarrier_cmd = 1 << 1;
pub const MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED: membarrier_cmd = 1 << 2;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED: membarrier_cmd = 1 << 3;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED: membarrier_cmd = 1 << 4;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE: membarrier_cmd = 1 << 5;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: membarrier_cmd = 1 << 6;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ: membarrier_cmd = 1 << 7;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ: membarrier_cmd = 1 << 8;
pub const MEMBARRIER_CMD_GET_REGISTRATIONS: membarrier_cmd = 1 << 9;
pub const MEMBARRIER_CMD_SHARED: membarrier_cmd = MEMBARRIER_CMD_GLOBAL;

// `enum membarrier_cmd_flag`.
pub const MEMBARRIER_CMD_FLAG_CPU: c_int = 1 << 0;
