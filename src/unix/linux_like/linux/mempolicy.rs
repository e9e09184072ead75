// `<linux/mempolicy.h>`: NUMA memory policies of `set_mempolicy`, `mbind`
// and `get_mempolicy` (the kernel's `include/uapi/linux/mempolicy.h`; the
// modes are an enum there).

pub const MPOL_DEFAULT: c_int = 0;
pub const MPOL_PREFERRED: c_int = 1;
pub const MPOL_BIND: c_int = 2;
pub const MPOL_INTERLEAVE: c_int = 3;
pub const MPOL_LOCAL: c_int = 4;
pub const MPOL_PREFERRED_MANY: c_int = 5;
pub const MPOL_WEIGHTED_INTERLEAVE: c_int = 6;
pub const MPOL_MAX: c_int = 7;

pub const MPOL_F_STATIC_NODES: c_int = 1 << 15;
pub const MPOL_F_RELATIVE_NODES: c_int = 1 << 14;
pub const MPOL_F_NUMA_BALANCING: c_int = 1 << 13;

pub const MPOL_F_NODE: c_int = 1 << 0;
pub const MPOL_F_ADDR: c_int = 1 << 1;
pub const MPOL_F_MEMS_ALLOWED: c_int = 1 << 2;

pub const MPOL_MF_STRICT: c_int = 1 << 0;
pub const MPOL_MF_MOVE: c_int = 1 << 1;
pub const MPOL_MF_MOVE_ALL: c_int = 1 << 2;
