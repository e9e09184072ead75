// `<sys/membarrier.h>`: process-wide memory barriers, `membarrier` (musl
// `include/sys/membarrier.h`).

pub const MEMBARRIER_CMD_QUERY: membarrier_cmd = 0;
pub const MEMBARRIER_CMD_GLOBAL: membarrier_cmd = 1;
pub const MEMBARRIER_CMD_GLOBAL_EXPEDITED: membarrier_cmd = 2;
pub const MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED: membarrier_cmd = 4;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED: membarrier_cmd = 8;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED: membarrier_cmd = 16;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE: membarrier_cmd = 32;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE: membarrier_cmd = 64;
pub const MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ: membarrier_cmd = 128;
pub const MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ: membarrier_cmd = 256;
pub const MEMBARRIER_CMD_SHARED: membarrier_cmd = MEMBARRIER_CMD_GLOBAL;

pub const MEMBARRIER_CMD_FLAG_CPU: c_int = 1;

extern "C" {
    pub fn membarrier(cmd: c_int, flags: c_int) -> c_int;
}
