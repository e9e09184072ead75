//! What several test files share: a C program built with zig's cross
//! compiler for the target under test, whose printed table the tests compare
//! with the crate's functions.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::process::Command;

/// Builds `src` (a path under the repository) with zig cc for the target
/// under test, runs it (natively, or under qemu-user: qemu passes a host
/// binary's execve to the kernel, so the emulator is started as a host
/// program) and returns what it printed. `None` when zig or qemu-user is not
/// there, which CI (`CI` set) does not accept.
pub fn c_table(src: &str, tag: &str) -> Option<String> {
    let table = build_and_run(src, tag);
    if table.is_none() && std::env::var_os("CI").is_some() {
        panic!("{src}: no zig cc (LIBC_CI_PY) or qemu-user to build and run it, in CI");
    }
    table
}

fn build_and_run(src: &str, tag: &str) -> Option<String> {
    let py = std::env::var("LIBC_CI_PY").ok().or_else(|| {
        let home = std::env::var("HOME").ok()?;
        let p = format!("{home}/.cache/libc-musl-ci/venv-ziglang-0.17.1/bin/python");
        std::path::Path::new(&p).exists().then_some(p)
    })?;
    let (zt, qemu) = target();
    let src = format!("{}/{src}", env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::temp_dir().join(format!("libc-{tag}-{zt}-{}", std::process::id()));
    let mut cc = Command::new(&py);
    cc.args(["-m", "ziglang", "cc", "-target", zt, "-static", "-O1", "-o"])
        .arg(&exe)
        .arg(&src);
    if zt.starts_with("loongarch64") {
        cc.arg("-mcpu=generic_la64");
    }
    let st = cc.status().ok()?;
    if !st.success() {
        return None;
    }
    let out = command(&exe, qemu).output().ok()?;
    let _ = std::fs::remove_file(&exe);
    String::from_utf8(out.stdout).ok()
}

/// The target under test: zig's name for it, and the qemu-user binary that
/// runs its programs here (none on x86_64, this machine's own).
pub fn target() -> (&'static str, Option<&'static str>) {
    if cfg!(target_arch = "x86_64") {
        ("x86_64-linux-musl", None)
    } else if cfg!(target_arch = "aarch64") {
        ("aarch64-linux-musl", Some("qemu-aarch64-static"))
    } else if cfg!(target_arch = "riscv64") {
        ("riscv64-linux-musl", Some("qemu-riscv64-static"))
    } else if cfg!(all(target_arch = "powerpc64", target_endian = "big")) {
        ("powerpc64-linux-musl", Some("qemu-ppc64-static"))
    } else if cfg!(target_arch = "powerpc64") {
        ("powerpc64le-linux-musl", Some("qemu-ppc64le-static"))
    } else if cfg!(all(target_arch = "mips64", target_endian = "big")) {
        ("mips64-linux-muslabi64", Some("qemu-mips64-static"))
    } else if cfg!(target_arch = "mips64") {
        ("mips64el-linux-muslabi64", Some("qemu-mips64el-static"))
    } else if cfg!(target_arch = "s390x") {
        ("s390x-linux-musl", Some("qemu-s390x-static"))
    } else {
        ("loongarch64-linux-musl", Some("qemu-loongarch64-static"))
    }
}

/// A command that runs `exe`, a program for the target under test: itself,
/// or under qemu-user (qemu passes a guest's execve of a foreign binary to
/// the kernel, so from under qemu the emulator is started as a host program).
pub fn command(exe: &std::path::Path, qemu: Option<&str>) -> Command {
    match qemu {
        None => Command::new(exe),
        Some(q) => {
            let mut c = Command::new(q);
            c.arg(exe);
            c
        }
    }
}
