//! What several test files share: a C program built with zig's cross
//! compiler for the target under test, whose printed table the tests compare
//! with the crate's functions.
//!
//! A comparison with C never passes without C: when the toolchain
//! (`ci/setup.sh` installs it) or qemu-user is missing, the test fails and
//! says how to install it. `LIBC_SKIP_C=1` skips the comparisons knowingly
//! (each skip is written to the terminal, past the test harness's output
//! capture); CI (`CI` set) accepts no skip.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// The variable that skips the comparisons with C on purpose.
const SKIP_VAR: &str = "LIBC_SKIP_C";

/// Builds `src` (a path under the repository) with zig cc for the target
/// under test, runs it (natively, or under qemu-user: qemu passes a host
/// binary's execve to the kernel, so the emulator is started as a host
/// program) and returns what it printed. `None` only when `LIBC_SKIP_C=1`
/// asks to skip (the skip is printed); a missing toolchain is a failure.
pub fn c_table(src: &str, tag: &str) -> Option<String> {
    let skip = std::env::var(SKIP_VAR).is_ok_and(|v| v == "1");
    if skip {
        if std::env::var_os("CI").is_some() {
            panic!("{src}: {SKIP_VAR}=1 is not accepted in CI: a C comparison must run there");
        }
        // Straight to the terminal: the harness would hide a print! of a
        // passing test.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED ({SKIP_VAR}=1): the comparison with C of {src} ({tag})"
        );
        return None;
    }
    Some(build_and_run(src, tag))
}

/// The Python of ci/setup.sh's virtualenv, found as ci/env.sh finds it:
/// `$LIBC_CI_PY`, else `$LIBC_CI_CACHE`, else `${XDG_CACHE_HOME:-$HOME/.cache}/libc-musl-ci`,
/// with the ziglang version ci/env.sh pins (read from that file, so that it
/// is written once).
fn toolchain_python() -> Result<PathBuf, String> {
    if let Some(py) = std::env::var_os("LIBC_CI_PY") {
        return Ok(py.into());
    }
    let env_sh = include_str!("../../ci/env.sh");
    let version = env_sh
        .lines()
        .find_map(|l| l.strip_prefix("export ZIGLANG_VERSION="))
        .expect("ci/env.sh sets ZIGLANG_VERSION")
        .trim();
    let nonempty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let cache = match nonempty("LIBC_CI_CACHE") {
        Some(c) => PathBuf::from(c),
        None => {
            let base = match nonempty("XDG_CACHE_HOME") {
                Some(x) => PathBuf::from(x),
                None => PathBuf::from(nonempty("HOME").ok_or("HOME is not set")?).join(".cache"),
            };
            base.join("libc-musl-ci")
        }
    };
    let py = cache.join(format!("venv-ziglang-{version}/bin/python"));
    if py.exists() {
        Ok(py)
    } else {
        Err(format!("{} does not exist", py.display()))
    }
}

fn build_and_run(src: &str, tag: &str) -> String {
    let missing = |what: String| -> ! {
        panic!(
            "{src}: cannot compare with C: {what}.\n\
             Run `bash ci/setup.sh` (`bash ci/setup.sh --qemu` for qemu-user) to install the \
             C toolchain, or set {SKIP_VAR}=1 to skip the comparisons with C knowingly."
        )
    };
    let py = toolchain_python().unwrap_or_else(|e| missing(format!("no zig cc ({e})")));
    let (zt, qemu) = target();
    let src_path = format!("{}/{src}", env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::temp_dir().join(format!("libc-{tag}-{zt}-{}", std::process::id()));
    let mut cc = Command::new(&py);
    cc.args(["-m", "ziglang", "cc", "-target", zt, "-O1", "-o"])
        .arg(&exe)
        .arg(&src_path);
    // Static on musl, as the Rust side is; zig links glibc only dynamically
    // (the gnu targets' programs run on the glibc installed, as the Rust side's do).
    if cfg!(target_env = "musl") {
        cc.arg("-static");
    }
    // As ci/zig-linker.sh (loongarch64: a CPU qemu runs, hard-float ABI).
    cc.args(zig_cc_flags());
    let out = cc
        .output()
        .unwrap_or_else(|e| missing(format!("{} does not run ({e})", py.display())));
    if !out.status.success() {
        // The toolchain is there and the C program does not build: a
        // failure of the test, not a missing tool.
        panic!(
            "{src}: zig cc failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // qemu-user passes a host binary's execve to the kernel, so from under
    // qemu the runner is started as a host program.
    let run = command(&exe, qemu).output();
    let _ = std::fs::remove_file(&exe);
    let out = run.unwrap_or_else(|e| match qemu {
        Some(q) => missing(format!("{q} does not run ({e})")),
        None => panic!("{src}: the C program does not run: {e}"),
    });
    assert!(
        out.status.success(),
        "{src}: the C program failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the C program prints UTF-8")
}

/// The target under test: zig's name for it, and the qemu-user command that
/// runs its programs here (none on x86_64, this machine's own), from
/// tests/targets.tsv, the one table of targets (its row for this `arch`, libc and
/// byte order).
pub fn target() -> (&'static str, Option<&'static str>) {
    let row = target_row();
    (row[3], Some(row[4]).filter(|q| *q != "-"))
}

/// The extra zig cc flags tests/targets.tsv gives the target under test.
pub fn zig_cc_flags() -> Vec<&'static str> {
    target_row()[5]
        .split_whitespace()
        .filter(|f| *f != "-")
        .collect()
}

fn target_row() -> Vec<&'static str> {
    let endian = if cfg!(target_endian = "big") {
        "big"
    } else {
        "little"
    };
    let libc = if cfg!(target_env = "gnu") {
        "-gnu"
    } else {
        "musl"
    };
    include_str!("../targets.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .find(|r| {
            r.len() >= 6 && r[1] == std::env::consts::ARCH && r[2] == endian && r[0].contains(libc)
        })
        .expect("tests/targets.tsv has a row for the target under test")
}

/// A command that runs `exe`, a program for the target under test: itself,
/// or under qemu-user (qemu passes a guest's execve of a foreign binary to
/// the kernel, so from under qemu the emulator is started as a host program).
/// `qemu` is the table's command: the emulator, then its arguments (on glibc,
/// `-L` and the root of the target's glibc), split at spaces.
pub fn command(exe: &std::path::Path, qemu: Option<&str>) -> Command {
    match qemu {
        None => Command::new(exe),
        Some(q) => {
            let mut words = q.split_whitespace();
            let mut c = Command::new(words.next().expect("a qemu-user command"));
            c.args(words).arg(exe);
            c
        }
    }
}
