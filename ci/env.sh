# Sourced by the ci/ scripts: where the cached tools live.
export ZIGLANG_VERSION=0.17.1
export WASMTIME_VERSION=50.0.1
export LIBC_CI_CACHE="${LIBC_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/libc-musl-ci}"
export LIBC_CI_VENV="$LIBC_CI_CACHE/venv-ziglang-$ZIGLANG_VERSION"
export LIBC_CI_PY="$LIBC_CI_VENV/bin/python"
# The first stable Rust that knows each target Rust 1.63 (Cargo.toml's
# rust-version) does not: ci/msrv.sh builds those two with these.
export MSRV_LOONGARCH64=1.78.0
export MSRV_WASM32_WALI=1.87.0
# The one table of targets (tests/targets.tsv). target_field TARGET COLUMN
# prints that column of TARGET's row ('-' for none); targets [native|qemu]
# lists the targets: all, those zig builds C for, or those qemu-user runs.
LIBC_TARGETS_TSV="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/targets.tsv"
target_field() {
    awk -F'\t' -v t="$1" -v c="$2" '!/^#/ && $1 == t { print $c; found = 1 } END { exit !found }' \
        "$LIBC_TARGETS_TSV"
}
targets() {
    awk -F'\t' -v w="${1:-all}" '!/^#/ && NF >= 6 && (w == "all" || (w == "native" && $4 != "-") \
        || (w == "qemu" && $5 != "-")) { print $1 }' "$LIBC_TARGETS_TSV"
}
