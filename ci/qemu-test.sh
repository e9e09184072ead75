#!/usr/bin/env bash
# Runs the runtime tests (every tests/*.rs) for one non-x86_64 target under
# qemu-user: std is built with nightly -Zbuild-std, zig cc links against
# musl 1.2.5 (ci/zig-linker.sh), qemu-<arch>-static runs the test binary.
# Usage: ci/qemu-test.sh TARGET
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
t=$1
case "$t" in
    aarch64-unknown-linux-musl) zt=aarch64-linux-musl q=aarch64 ;;
    riscv64gc-unknown-linux-musl) zt=riscv64-linux-musl q=riscv64 ;;
    powerpc64-unknown-linux-musl) zt=powerpc64-linux-musl q=ppc64 ;;
    powerpc64le-unknown-linux-musl) zt=powerpc64le-linux-musl q=ppc64le ;;
    mips64-unknown-linux-muslabi64) zt=mips64-linux-muslabi64 q=mips64 ;;
    mips64el-unknown-linux-muslabi64) zt=mips64el-linux-muslabi64 q=mips64el ;;
    s390x-unknown-linux-musl) zt=s390x-linux-musl q=s390x ;;
    loongarch64-unknown-linux-musl) zt=loongarch64-linux-musl q=loongarch64 ;;
    *) echo "qemu-test.sh: no qemu recipe for $t" >&2; exit 2 ;;
esac
T=$(tr 'a-z-' 'A-Z_' <<<"$t")
export ZIG_TARGET=$zt
export "CARGO_TARGET_${T}_LINKER=$here/zig-linker.sh"
export "CARGO_TARGET_${T}_RUNNER=qemu-$q-static"
flags="-C target-feature=+crt-static -C link-self-contained=no"
# Debian 12's own qemu (7.2) has no LSX vector unit, which rustc enables by
# default for loongarch64; left off so the binaries run there too (setup.sh
# installs 10.x from bookworm-backports, which has it).
case "$t" in loongarch64*) flags="-C target-feature=+crt-static,-lsx -C link-self-contained=no" ;; esac
export "CARGO_TARGET_${T}_RUSTFLAGS=$flags"
cd "$here/.."
# --show-output: a test that qemu-user or the sandbox stops says why, in the log.
exec cargo +nightly test -Zbuild-std --target "$t" --tests -- --show-output
