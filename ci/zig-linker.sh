#!/usr/bin/env bash
# Linker for Rust programs on the non-x86_64 musl targets: zig's cc, which
# brings musl 1.2.5's libc and start files for every one of them.
# Usage (by cargo, via CARGO_TARGET_<TRIPLE>_LINKER): set ZIG_TARGET.
# rustc's `--target=...` is dropped (zig has its own spelling) and `-lgcc_s`
# becomes zig's bundled `-lunwind`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
args=()
for a in "$@"; do
    case "$a" in
        --target=*) ;;
        -lgcc_s) args+=(-lunwind) ;;
        *) args+=("$a") ;;
    esac
done
extra=()
case "$ZIG_TARGET" in loongarch64*) extra=(-mcpu=generic_la64+d+f) ;; esac
exec "$LIBC_CI_PY" -m ziglang cc -target "$ZIG_TARGET" "${extra[@]}" "${args[@]}"
