//! Raw FFI bindings to musl libc on 64-bit Linux, and to glibc on the x86_64
//! and aarch64 hosts of a cross build (`linux::gnu`: glibc's own definitions).
//!
//! The module tree mirrors where a definition comes from: `unix` (POSIX),
//! `unix::linux_like` (the Linux kernel ABI), `linux_like::linux` (Linux API
//! beyond POSIX), `linux::musl` (musl's own choices), `musl::b64` (the
//! 64-bit hub) and one module per architecture under it. Everything is
//! re-exported at the crate root, as in the published `libc` 0.2.
#![cfg_attr(not(feature = "rustc-dep-of-std"), no_std)]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![allow(clippy::missing_safety_doc, clippy::upper_case_acronyms)]
// Inside Rust's own std build, `core` is not a dependency of this crate: it is
// reached through the workspace shim `rustc-std-workspace-core`. So the crate
// is `no_core` there, names the shim `core`, and imports core's prelude itself.
#![cfg_attr(
    feature = "rustc-dep-of-std",
    feature(link_cfg, no_core, prelude_import)
)]
#![cfg_attr(feature = "rustc-dep-of-std", no_core)]
#![cfg_attr(feature = "rustc-dep-of-std", allow(internal_features))]
// Doc-tests (the README's snippets, below) fail on any warning, as a user's
// copy of them would show it.
#![doc(test(attr(deny(warnings))))]

#[cfg(feature = "rustc-dep-of-std")]
extern crate rustc_std_workspace_core as core;
#[cfg(feature = "rustc-dep-of-std")]
#[prelude_import]
#[allow(unused_imports)]
use core::prelude::rust_2021::*;

use cfg_if::cfg_if;
// For the included files below (in the prelude only since Rust 1.80).
use core::mem::size_of;

// The README's Rust snippets, compiled and run by `cargo test` as doc-tests.
// Only rustdoc's doc-test pass sets `doctest`: no build of the crate reads
// the file or has the item.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

// The C primitive types: the same primitives `core::ffi` names on these
// targets, so that `libc::c_int` and `core::ffi::c_int` are one type. They are
// spelled out here, not re-exported from `core::ffi` (stable there only since
// Rust 1.64). Every target here has C's LP64 sizes (wasm32-wali too: its `long`
// is 8 bytes). `c_char`'s signedness is the architecture's, so it is chosen
// in the 64-bit hub (`musl::b64`); `c_void` is core's own (stable since 1.30).
pub use core::ffi::c_void;
pub type c_schar = i8;
pub type c_uchar = u8;
pub type c_short = i16;
pub type c_ushort = u16;
pub type c_int = i32;
pub type c_uint = u32;
pub type c_long = i64;
pub type c_ulong = u64;
pub type c_longlong = i64;
pub type c_ulonglong = u64;
pub type c_float = f32;
pub type c_double = f64;

// The compilers' 128-bit integer types (GNU C's `__int128` and `unsigned
// __int128`, and the `__int128_t`/`__uint128_t` names they predefine), which
// the 64-bit targets' headers use (aarch64's `__uint128_t vregs[32]`).
pub type __int128 = i128;
pub type __int128_t = i128;
pub type __uint128 = u128;
pub type __uint128_t = u128;

/// A padding or reserved field: bytes C keeps for alignment or for later
/// use, which carry no value. It has its `T`'s layout exactly, and it takes no
/// part in the struct's `Debug`, `PartialEq` and `Hash`, so that two structs
/// are equal when their meaningful fields are, whatever the kernel or musl
/// left in their padding.
#[repr(transparent)]
#[derive(Clone, Copy, Default)]
#[allow(dead_code)]
pub(crate) struct Padding<T: Copy>(pub(crate) T);

impl<T: Copy> core::fmt::Debug for Padding<T> {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("_")
    }
}

impl<T: Copy> PartialEq for Padding<T> {
    #[inline]
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T: Copy> Eq for Padding<T> {}

impl<T: Copy> core::hash::Hash for Padding<T> {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, _: &mut H) {}
}

cfg_if! {
    if #[cfg(any(
        all(
            target_os = "linux",
            target_env = "musl",
            any(
                target_arch = "x86_64",
                target_arch = "aarch64",
                target_arch = "riscv64",
                target_arch = "powerpc64",
                target_arch = "mips64",
                target_arch = "s390x",
                target_arch = "loongarch64",
                target_arch = "wasm32",
            ),
            any(target_pointer_width = "64", target_arch = "wasm32"),
        ),
        // The glibc hosts of a cross build (build scripts and proc-macros
        // run there): glibc's own definitions in `linux::gnu`.
        all(
            target_os = "linux",
            target_env = "gnu",
            any(target_arch = "x86_64", target_arch = "aarch64"),
            target_pointer_width = "64",
        ),
    ))] {
        include!("unix/mod.rs");
    } else {
        compile_error!(
            "this libc crate binds musl libc on 64-bit Linux, and glibc on the usual \
             build hosts; supported targets: \
             x86_64-unknown-linux-musl, aarch64-unknown-linux-musl, \
             riscv64gc-unknown-linux-musl, powerpc64-unknown-linux-musl, \
             powerpc64le-unknown-linux-musl, mips64-unknown-linux-muslabi64, \
             mips64el-unknown-linux-muslabi64, s390x-unknown-linux-musl, \
             loongarch64-unknown-linux-musl, wasm32-wali-linux-musl, \
             x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu"
        );
    }
}
