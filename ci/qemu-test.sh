#!/usr/bin/env bash
# Runs the runtime tests (every tests/*.rs) for one non-x86_64 target under
# qemu-user: std is built with nightly -Zbuild-std, zig cc links against
# musl 1.2.5 (ci/zig-linker.sh), qemu-<arch>-static runs the test binary.
# Usage: ci/qemu-test.sh TARGET
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
t=$1
# zig's target and the qemu-user binary, from tests/targets.tsv.
q=$(target_field "$t" 5 2>/dev/null || true)
if [ -z "$q" ] || [ "$q" = - ]; then echo "qemu-test.sh: no qemu recipe for $t" >&2; exit 2; fi
T=$(tr 'a-z-' 'A-Z_' <<<"$t")
export ZIG_TARGET="$(target_field "$t" 4)"
export "CARGO_TARGET_${T}_LINKER=$here/zig-linker.sh"
export "CARGO_TARGET_${T}_RUNNER=$q"
flags="-C target-feature=+crt-static -C link-self-contained=no"
# Debian 12's own qemu (7.2) has no LSX vector unit, which rustc enables by
# default for loongarch64; left off so the binaries run there too (setup.sh
# installs 10.x from bookworm-backports, which has it).
case "$t" in loongarch64*) flags="-C target-feature=+crt-static,-lsx -C link-self-contained=no" ;; esac
export "CARGO_TARGET_${T}_RUSTFLAGS=$flags"
cd "$here/.."
# --show-output: a test that qemu-user or the sandbox stops says why, in the log.
exec cargo +nightly test -Zbuild-std --target "$t" --tests -- --show-output
