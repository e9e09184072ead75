//! The values and layouts some supported architectures override: musl's
//! `arch/generic/bits/*.h` and the kernel's `asm-generic/*.h`, one file per
//! header. They are not re-exported from here; each architecture module
//! takes the files it keeps and, for the headers it overrides, defines its
//! own file that takes the generic one and replaces what differs, the way
//! musl's include path finds `arch/<arch>/bits` before `arch/generic/bits`.
//! (A generic value an architecture replaces is unused there, hence the
//! `dead_code` allowance in the hub.)

pub mod alltypes;
pub mod epoll;
pub mod errno;
pub mod fcntl;
pub mod fenv;
pub mod ioctl;
#[cfg(target_env = "musl")]
pub mod ipc;
pub mod magic;
pub mod mman;
pub mod poll;
pub mod posix;
pub mod resource;
#[cfg(target_env = "musl")]
pub mod sched;
#[cfg(target_env = "musl")]
pub mod sem;
pub mod shm;
pub mod signal;
pub mod socket;
#[path = "stat.rs"]
pub mod stat_h;
#[cfg(target_env = "musl")]
#[path = "statfs.rs"]
pub mod statfs_h;
#[cfg(target_env = "musl")]
pub mod stdint;
pub mod syscall;
pub mod syscall_common;
#[path = "termios.rs"]
pub mod termios_h;
