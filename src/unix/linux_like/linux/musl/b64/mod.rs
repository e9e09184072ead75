//! The 64-bit hub: what musl gives alike on every supported 64-bit ABI (LP64,
//! and wasm32-wali's 8-byte `long`), one file per header; then `generic`,
//! the values some architectures override; then exactly one architecture
//! module, which takes the generic files it keeps and defines what differs.

use cfg_if::cfg_if;

mod aio;
mod ipc;
mod msg;
mod pthread;
mod regex;
mod sched;
mod semaphore;
mod shm;
mod signal;
mod socket;
mod spawn;
#[path = "stat.rs"]
mod stat_h;
#[path = "statfs.rs"]
mod statfs_h;
#[path = "statvfs.rs"]
mod statvfs_h;
mod syscall;
mod threads;

pub use self::aio::*;
pub use self::ipc::*;
pub use self::msg::*;
pub use self::pthread::*;
pub use self::regex::*;
pub use self::sched::*;
pub use self::semaphore::*;
pub use self::shm::*;
pub use self::signal::*;
pub use self::socket::*;
pub use self::spawn::*;
pub use self::stat_h::*;
pub use self::statfs_h::*;
pub use self::statvfs_h::*;
pub use self::syscall::*;
pub use self::threads::*;

// An architecture that replaces a generic value leaves that one unused.
#[allow(dead_code)]
mod generic;

cfg_if! {
    if #[cfg(target_arch = "x86_64")] {
        mod x86_64;
        pub use self::x86_64::*;
    } else if #[cfg(target_arch = "aarch64")] {
        mod aarch64;
        pub use self::aarch64::*;
    } else if #[cfg(target_arch = "riscv64")] {
        mod riscv64;
        pub use self::riscv64::*;
    } else if #[cfg(target_arch = "powerpc64")] {
        mod powerpc64;
        pub use self::powerpc64::*;
    } else if #[cfg(target_arch = "mips64")] {
        mod mips64;
        pub use self::mips64::*;
    } else if #[cfg(target_arch = "s390x")] {
        mod s390x;
        pub use self::s390x::*;
    } else if #[cfg(target_arch = "loongarch64")] {
        mod loongarch64;
        pub use self::loongarch64::*;
    } else if #[cfg(target_arch = "wasm32")] {
        mod wasm32;
        pub use self::wasm32::*;
    }
}
