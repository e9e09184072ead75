#!/usr/bin/env bash
# Linker for Rust programs on the non-x86_64 musl targets: zig's cc, which
# brings musl 1.2.5's libc and start files for every one of them; and on
# aarch64-unknown-linux-gnu, where zig links against the glibc symbol set of
# the version ZIG_TARGET names (ci/qemu-test.sh: the glibc that runs them).
# Usage (by cargo, via CARGO_TARGET_<TRIPLE>_LINKER): set ZIG_TARGET.
# rustc's `--target=...` is dropped (zig has its own spelling) and `-lgcc_s`
# becomes zig's bundled `-lunwind`.
# A library directory that does not exist is dropped too: rustc always names
# its sysroot's `lib/rustlib/<target>/lib`, which a target built with
# -Zbuild-std (no rust-std component installed) does not have, and zig's
# linker then warns about it on every link (cargo shows that as a
# `linker_messages` warning per test binary). Nothing is in a missing
# directory, so dropping it changes nothing else.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
args=()
for a in "$@"; do
    case "$a" in
        --target=*) ;;
        -lgcc_s) args+=(-lunwind) ;;
        -L*)
            if [ "$a" = -L ] || [ -d "${a#-L}" ]; then args+=("$a"); fi ;;
        *)
            # `-L DIR` as two arguments: drop both when DIR is missing.
            if [ "${#args[@]}" -gt 0 ] && [ "${args[-1]}" = -L ] && [ ! -d "$a" ]; then
                unset 'args[-1]'
            else
                args+=("$a")
            fi ;;
    esac
done
# zig's default CPU for loongarch64 is not one qemu runs, and it leaves the
# float ABI unset: zig then warns "both target-abi and the triple-implied ABI
# are invalid" for every C file it compiles, its whole musl the first time.
# generic_la64 with +d+f is the LP64D hard-float ABI that rustc's objects
# use. The flags are tests/targets.tsv's, which tests/common and
# tests/abi/abi_check.py pass too.
extra=()
flags=$(awk -F'\t' -v z="$ZIG_TARGET" '!/^#/ && $4 == z { print $6 }' "$LIBC_TARGETS_TSV")
if [ -n "$flags" ] && [ "$flags" != - ]; then read -r -a extra <<<"$flags"; fi
exec "$LIBC_CI_PY" -m ziglang cc -target "$ZIG_TARGET" "${extra[@]}" "${args[@]}"
