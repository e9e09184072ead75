// The 64-bit hub: what musl gives alike on every supported 64-bit ABI (LP64,
// and wasm32-wali's 8-byte `long`), one file per header; then `generic`,
// the values some architectures override; then exactly one architecture
// module, which takes the generic files it keeps and defines what differs
// (and, on the glibc targets, glibc's file for that architecture).

include!("aio.rs");
include!("ipc.rs");
include!("msg.rs");
// glibc lays these out otherwise (`linux::gnu`).
#[cfg(target_env = "musl")]
include!("pthread.rs");
include!("regex.rs");
include!("sched.rs");
include!("semaphore.rs");
include!("shm.rs");
include!("signal.rs");
include!("socket.rs");
include!("spawn.rs");
include!("stat.rs");
include!("statfs.rs");
include!("statvfs.rs");
// <threads.h>: glibc's C11 threads are not bound here (nor in the published crate).
#[cfg(target_env = "musl")]
include!("threads.rs");

// An architecture that replaces a generic value leaves that one unused.
#[allow(dead_code)]
#[path = "generic/mod.rs"]
mod generic;

cfg_if! {
    if #[cfg(target_arch = "x86_64")] {
        #[path = "x86_64/mod.rs"]
        mod x86_64;
        pub use self::x86_64::*;
        #[cfg(target_env = "gnu")]
        include!("../../gnu/x86_64.rs");
    } else if #[cfg(target_arch = "aarch64")] {
        #[path = "aarch64/mod.rs"]
        mod aarch64;
        pub use self::aarch64::*;
        #[cfg(target_env = "gnu")]
        include!("../../gnu/aarch64.rs");
    } else if #[cfg(target_arch = "riscv64")] {
        #[path = "riscv64/mod.rs"]
        mod riscv64;
        pub use self::riscv64::*;
    } else if #[cfg(target_arch = "powerpc64")] {
        #[path = "powerpc64/mod.rs"]
        mod powerpc64;
        pub use self::powerpc64::*;
    } else if #[cfg(target_arch = "mips64")] {
        #[path = "mips64/mod.rs"]
        mod mips64;
        pub use self::mips64::*;
    } else if #[cfg(target_arch = "s390x")] {
        #[path = "s390x/mod.rs"]
        mod s390x;
        pub use self::s390x::*;
    } else if #[cfg(target_arch = "loongarch64")] {
        #[path = "loongarch64/mod.rs"]
        mod loongarch64;
        pub use self::loongarch64::*;
    } else if #[cfg(target_arch = "wasm32")] {
        #[path = "wasm32/mod.rs"]
        mod wasm32;
        pub use self::wasm32::*;
    }
}
