// `<sys/syscall.h>`: aarch64's numbers beyond the asm-generic ones it shares
// with riscv64 and loongarch64 (musl 1.2.5's `bits/syscall.h`, then the
// kernel's `asm/unistd.h` for the numbers musl does not list yet); the
// numbers from 424 on are the hub's.

// <bits/syscall.h>: every `SYS_*` musl 1.2.5 defines, in numeric order.
pub const SYS_renameat: c_long = 38;
pub const SYS_getrlimit: c_long = 163;
pub const SYS_setrlimit: c_long = 164;

// From here on: the numbers the kernel's `asm/unistd.h` has and musl's
// `bits/syscall.h` does not, in numeric order.
pub const SYS_memfd_secret: c_long = 447;
