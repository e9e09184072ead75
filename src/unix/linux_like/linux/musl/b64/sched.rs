// `<sched.h>`: `cpu_set_t`, `unsigned long __bits[128/sizeof(long)]` (musl
// `include/sched.h`).

/// `cpu_set_t`: `unsigned long __bits[128/sizeof(long)]`, 1024 CPUs.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct cpu_set_t {
    __bits: [c_ulong; 16],
}
