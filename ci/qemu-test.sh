#!/usr/bin/env bash
# Runs the runtime tests (every tests/*.rs) for one non-x86_64 target under
# qemu-user: on musl, std is built with nightly -Zbuild-std and zig cc links
# statically against musl 1.2.5 (ci/zig-linker.sh); on glibc
# (aarch64-unknown-linux-gnu), rustup's std on stable and zig cc links
# dynamically against glibc's symbols; qemu-<arch>-static runs the test
# binary (for glibc with -L the root of Debian's libc6-*-cross, its loader
# and libraries: ci/setup.sh --qemu installs them).
# Usage: ci/qemu-test.sh TARGET
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
t=$1
# zig's target and the qemu-user command, from tests/targets.tsv.
q=$(target_field "$t" 5 2>/dev/null || true)
if [ -z "$q" ] || [ "$q" = - ]; then echo "qemu-test.sh: no qemu recipe for $t" >&2; exit 2; fi
T=$(tr 'a-z-' 'A-Z_' <<<"$t")
export ZIG_TARGET="$(target_field "$t" 4)"
export "CARGO_TARGET_${T}_LINKER=$here/zig-linker.sh"
export "CARGO_TARGET_${T}_RUNNER=$q"
cd "$here/.."
case "$t" in
    *-gnu)
        # Linked against the symbols of the glibc that runs the tests (the
        # -L root's, whose libc.so.6 prints its version when run), not the
        # table's newer one whose headers the ABI check reads: a symbol
        # version the running glibc lacks stops its loader, even for the
        # weak references std makes (pidfd_spawnp@GLIBC_2.39).
        root=${q##*-L }
        v=$($q "$root/lib/libc.so.6" | sed -n '1s/.* version \([0-9]*\.[0-9]*\)\.$/\1/p')
        [ -n "$v" ] || { echo "qemu-test.sh: no glibc runs under $q" >&2; exit 1; }
        export ZIG_TARGET="${ZIG_TARGET%%.*}.$v"
        # --show-output: a test that qemu-user or the sandbox stops says why, in the log.
        exec cargo +stable test --target "$t" --tests -- --show-output ;;
esac
flags="-C target-feature=+crt-static -C link-self-contained=no"
# Debian 12's own qemu (7.2) has no LSX vector unit, which rustc enables by
# default for loongarch64; left off so the binaries run there too (setup.sh
# installs 10.x from bookworm-backports, which has it).
case "$t" in loongarch64*) flags="-C target-feature=+crt-static,-lsx -C link-self-contained=no" ;; esac
export "CARGO_TARGET_${T}_RUSTFLAGS=$flags"
# --show-output: a test that qemu-user or the sandbox stops says why, in the log.
exec cargo +nightly test -Zbuild-std --target "$t" --tests -- --show-output
