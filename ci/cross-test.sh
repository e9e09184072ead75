#!/usr/bin/env bash
# A cross build as a user makes one: tests/cross, a project whose build
# script and proc-macro call libc (getpid, sysconf, getrandom) on this glibc
# host, built for x86_64-unknown-linux-musl with this crate [patch]ed in,
# then run. It proves that the patch took on both sides (cargo tree: this
# repository is the only libc, for the host and for the target) and that
# the host side ran on x86_64-unknown-linux-gnu.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
proj="$repo/tests/cross"
host=$(rustc +stable -vV | sed -n 's/^host: //p')
case "$host" in
    *-linux-gnu) ;;
    *) echo "cross-test: the host is $host, not a glibc target: nothing to prove here"; exit 0 ;;
esac
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}/cross"
unset RUSTFLAGS CARGO_BUILD_TARGET
cd "$proj"
# Every libc in the graph, host and target edges, is this repository.
libcs=$(cargo +stable tree -q --target all -e normal,build --prefix none --format '{p}' \
    | grep '^libc v' | sed 's/ (\*)$//' | sort -u)
echo "cross-test: libc in the graph: $libcs"
if [ "$libcs" != "libc v0.2.191 ($repo)" ]; then
    echo "cross-test: FAILED: the graph has another libc" >&2
    exit 1
fi
cargo +stable build -q --target x86_64-unknown-linux-musl
# The build script ran on the host: it is a glibc program.
bs=$(ls "$CARGO_TARGET_DIR"/debug/build/cross-app-*/build-script-build | head -n 1)
grep -q -a 'ld-linux-' "$bs" \
    || { echo "cross-test: FAILED: $bs does not name glibc's dynamic loader" >&2; exit 1; }
out=$("$CARGO_TARGET_DIR/x86_64-unknown-linux-musl/debug/cross-app")
echo "$out"
for who in "build script (host)" "proc-macro (host)" "program (target)"; do
    grep -q "^$who: pid [1-9][0-9]*, page size [1-9][0-9]*, 16 random bytes$" <<<"$out" \
        || { echo "cross-test: FAILED: no line for the $who" >&2; exit 1; }
done
echo "cross-test: the build script and the proc-macro ran on $host with this crate, and the program on x86_64-unknown-linux-musl"
