#!/usr/bin/env bash
# Miri over the crate's own Rust code (nightly's `miri` component,
# x86_64-unknown-linux-musl):
#   1. ci/miri_coverage.py: every function with a Rust body that does not
#      call into C is called in tests/miri.rs or tests/safe_fns.rs, and
#      every safe one in tests/safe_fns.rs;
#   2. those two test files under Miri, which reports any read outside a
#      buffer, misaligned access or other undefined behaviour;
#   3. its self-test: a copy of the crate whose RTA_OK reads the attribute
#      header without first checking that `len` covers it (a planted
#      out-of-bounds read) must make Miri report undefined behaviour there.
# Usage: ci/miri.sh [--no-planted]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
target=x86_64-unknown-linux-musl
planted=1
[ "${1-}" = "--no-planted" ] && planted=0

python3 ci/miri_coverage.py
cargo +nightly miri test --target "$target" --test miri --test safe_fns

[ "$planted" = 1 ] || exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tests"
cp -r Cargo.toml build.rs src "$tmp/"
cp tests/miri.rs "$tmp/tests/"
f="$tmp/src/unix/linux_like/linux/rtnetlink.rs"
guard='    len >= size_of::<rtattr>() as c_int'
grep -qxF "$guard" "$f" || { echo "miri.sh: RTA_OK's length guard moved; update the planted error" >&2; exit 1; }
# PLANTED: RTA_OK reads rta_len even when fewer than 4 bytes are left.
sed -i "s/^$guard\$/    len > 0/" "$f"
log="$tmp/planted.log"
if CARGO_TARGET_DIR="$PWD/target/miri-planted" cargo +nightly miri test \
        --manifest-path "$tmp/Cargo.toml" --target "$target" --test miri rta_walk >"$log" 2>&1; then
    cat "$log"
    echo "miri self-test: FAILED: the planted out-of-bounds read in RTA_OK was not reported" >&2
    exit 1
fi
if grep -q "Undefined Behavior" "$log" && grep -q "RTA_OK" "$log"; then
    grep -m1 "Undefined Behavior" "$log"
    echo "miri self-test: ok: the planted out-of-bounds read in RTA_OK is reported"
else
    cat "$log"
    echo "miri self-test: FAILED: the run failed, but not with Miri's report on RTA_OK" >&2
    exit 1
fi
