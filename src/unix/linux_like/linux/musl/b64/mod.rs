//! The 64-bit hub: the types musl's `arch/*/bits/alltypes.h.in` and
//! `include/alltypes.h.in` give alike on every supported 64-bit ABI
//! (LP64, and wasm32-wali's 8-byte `long`), then exactly one
//! architecture module with what differs there.

use cfg_if::cfg_if;

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
