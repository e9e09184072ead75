// `<sys/syscall.h>`: loongarch64's numbers beyond the asm-generic ones it shares
// with the other asm-generic architectures (musl 1.2.5's `bits/syscall.h`, then
// the kernel's `asm/unistd.h` for the numbers musl does not list yet); the
// numbers from 424 on are the hub's.

// <bits/syscall.h>: every `SYS_*` musl 1.2.5 defines, in numeric order.
pub const SYS_arch_specific_syscall: c_long = 244;

// From here on: the numbers the kernel's `asm/unistd.h` has and musl's
// `bits/syscall.h` does not, in numeric order.
pub const SYS_memfd_secret: c_long = 447;
