#!/usr/bin/env bash
# Proves that the library builds with the oldest Rust that Cargo.toml's
# `rust-version` names (1.63, as for the published crate), and that the
# examples run on it:
#   - x86_64 and aarch64 musl, whose std rustup serves for 1.63: cargo 1.63
#     builds the library (default features, and with extra_traits) for both,
#     and compiles the examples and runs three of them natively on x86_64;
#   - the six other targets 1.63 knows, for which rustup serves no std: rustc
#     1.63 itself builds `core` (and `compiler_builtins`, which rustc links
#     into every no_std crate) from 1.63's rust-src, then cfg-if,
#     then this crate with code generation, for each;
#   - loongarch64 and wasm32-wali, which 1.63 does not know: the same, with
#     the first stable release that knows each (ci/env.sh's MSRV_* floors).
# cargo 1.63 reads the crates.io index over git, which a machine with only
# the registries' ordinary clients cannot reach. So the newer cargo vendors
# the crates once (cfg-if, and the compiler_builtins each toolchain's own
# rust-src locks), and cargo 1.63 builds offline from that directory, in a
# copy of the crate (whose lock file cargo 1.63 then writes itself).
# ci/setup.sh installs the toolchains.
#
# Usage: ci/msrv.sh [TARGET...]   (default: all ten)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
repo=$(cd "$here/.." && pwd)

msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' "$repo/Cargo.toml")
[ -n "$msrv" ] || { echo "msrv.sh: Cargo.toml has no rust-version" >&2; exit 1; }
tc="$msrv.0"
targets=("$@")
# (the default: every target of tests/targets.tsv)
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(targets)

work="$(realpath -m "${CARGO_TARGET_DIR:-$repo/target}")/msrv"
rm -rf "$work/crate" "$work/sysroot" "$work/out"
mkdir -p "$work/crate"

# The toolchain each target is built with.
toolchain_of() {
    case "$1" in
        loongarch64-unknown-linux-musl) echo "$MSRV_LOONGARCH64" ;;
        wasm32-wali-linux-musl) echo "$MSRV_WASM32_WALI" ;;
        *) echo "$tc" ;;
    esac
}
# The compiler_builtins version a toolchain's own rust-src locks.
cb_version_of() {
    local s l
    s=$(rustc "+$1" --print sysroot)/lib/rustlib/src/rust
    for l in "$s/library/Cargo.lock" "$s/Cargo.lock"; do
        [ -f "$l" ] || continue
        awk '/^name = "compiler_builtins"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$l"
        return
    done
    echo "msrv.sh: rust $1 has no rust-src; run ci/setup.sh" >&2
    return 1
}

# Vendor once: this crate's dependencies, for cargo 1.63; and each toolchain's
# compiler_builtins, apart (cargo 1.63 would read their newer manifests too),
# through a throwaway manifest per version (cargo takes one 0.1.x at a time).
manifests=()
versions=$(for t in "${targets[@]}"; do toolchain_of "$t"; done | sort -u)
for v in $versions; do
    cbv=$(cb_version_of "$v")
    d="$work/deps/$cbv"
    mkdir -p "$d"
    printf '[package]\nname = "msrv-deps"\nversion = "0.0.0"\nedition = "2018"\n[lib]\npath = "lib.rs"\n[dependencies]\ncompiler_builtins = "=%s"\n' \
        "$cbv" >"$d/Cargo.toml"
    : >"$d/lib.rs"
    manifests+=("$d/Cargo.toml")
done
stamp="$work/vendor/.msrv-$(echo "${manifests[@]}" | cksum | cut -d' ' -f1)"
if [ ! -f "$stamp" ]; then
    rm -rf "$work/vendor"
    cargo +stable vendor -q --versioned-dirs --manifest-path "$repo/Cargo.toml" \
        "$work/vendor/crate" >/dev/null
    sync=()
    for m in "${manifests[@]:1}"; do sync+=(--sync "$m"); done
    cargo +stable vendor -q --versioned-dirs --manifest-path "${manifests[0]}" "${sync[@]}" \
        "$work/vendor/builtins" >/dev/null
    : >"$stamp"
fi

# The crate as a user would take it: manifest, build script, sources, examples.
cp -r "$repo/Cargo.toml" "$repo/build.rs" "$repo/src" "$repo/examples" "$work/crate/"
mkdir -p "$work/crate/.cargo"
printf '[source.crates-io]\nreplace-with = "vendored"\n[source.vendored]\ndirectory = "%s"\n' \
    "$work/vendor/crate" >"$work/crate/.cargo/config.toml"

rc=0
fail() { echo "FAILED: $*"; rc=1; }

# cargo 1.63: x86_64 and aarch64, with rustup's std.
cargo_build() {
    local t=$1 feats
    for feats in "" "--features extra_traits"; do
        # shellcheck disable=SC2086
        if (cd "$work/crate" && RUSTFLAGS="-D warnings" cargo "+$tc" build -q --offline --lib \
            --target "$t" $feats --target-dir "$work/target"); then
            echo "msrv: rust $tc (cargo) built the library for $t, ${feats:-default features}"
        else
            fail "rust $tc: the library for $t $feats"
        fi
    done
}

# rustc directly: core and compiler_builtins from rust-src into a sysroot of
# their own, then cfg-if, then this crate with code generation.
rustc_build() {
    local t=$1 v=$2 src sysroot lib out cb ed feats
    src=$(rustc "+$v" --print sysroot)/lib/rustlib/src/rust/library
    [ -d "$src/core" ] || { fail "rust $v has no rust-src (ci/setup.sh)"; return; }
    sysroot="$work/sysroot/$v"
    lib="$sysroot/lib/rustlib/$t/lib"
    out="$work/out/$v/$t"
    mkdir -p "$lib" "$out"
    cb="$work/vendor/builtins/compiler_builtins-$(cb_version_of "$v")"
    ed=$(sed -n 's/^edition = "\(.*\)"$/\1/p' "$cb/Cargo.toml" | head -n 1)
    RUSTC_BOOTSTRAP=1 rustc "+$v" --edition 2021 --crate-type lib --crate-name core \
        "$src/core/src/lib.rs" --target "$t" -Zforce-unstable-if-unmarked --cap-lints allow \
        --emit=metadata,link --out-dir "$lib" \
        || { fail "rust $v: core for $t"; return; }
    RUSTC_BOOTSTRAP=1 rustc "+$v" --sysroot "$sysroot" --edition "${ed:-2015}" \
        --crate-type lib --crate-name compiler_builtins "$cb/src/lib.rs" --target "$t" \
        --cfg 'feature="compiler-builtins"' -Zforce-unstable-if-unmarked --cap-lints allow \
        --emit=metadata,link --out-dir "$lib" \
        || { fail "rust $v: compiler_builtins for $t"; return; }
    rustc "+$v" --sysroot "$sysroot" --edition 2018 --crate-type lib --crate-name cfg_if \
        "$(echo "$work"/vendor/crate/cfg-if-1.*)/src/lib.rs" --target "$t" --cap-lints allow \
        --emit=metadata -o "$out/libcfg_if.rmeta" \
        || { fail "rust $v: cfg-if for $t"; return; }
    for feats in '' extra_traits; do
        local fl=(--cfg 'feature="std"')
        [ -z "$feats" ] || fl+=(--cfg "feature=\"$feats\"")
        if rustc "+$v" --sysroot "$sysroot" --edition 2021 --crate-type lib --crate-name libc \
            "$repo/src/lib.rs" --target "$t" "${fl[@]}" --extern "cfg_if=$out/libcfg_if.rmeta" \
            -D warnings --emit=metadata,link --out-dir "$out"; then
            echo "msrv: rust $v (rustc) built the library for $t, ${feats:-default features}"
        else
            fail "rust $v: the library for $t $feats"
        fi
    done
}

for t in "${targets[@]}"; do
    case "$t" in
        x86_64-unknown-linux-musl | aarch64-unknown-linux-musl) cargo_build "$t" ;;
        *) rustc_build "$t" "$(toolchain_of "$t")" ;;
    esac
done

# The examples, natively, as a user on Rust 1.63 would build them: every example
# compiles. rustup's musl targets before Rust 1.71 bundle musl 1.1.24, and
# their std cannot link musl 1.2.4 or later (it calls the LFS64 symbols,
# which those dropped), so a 1.63 program links the bundled 1.1.24: the three
# that call nothing newer run; syscalls.rs calls gettid (musl 1.2.2).
if printf '%s\n' "${targets[@]}" | grep -qx x86_64-unknown-linux-musl; then
    run() { (cd "$work/crate" && cargo "+$tc" run -q --offline --target x86_64-unknown-linux-musl \
        --target-dir "$work/target" --example "$@" >/dev/null); }
    if (cd "$work/crate" && RUSTFLAGS="-D warnings" cargo "+$tc" check -q --offline --examples \
        --target x86_64-unknown-linux-musl --target-dir "$work/target"); then
        echo "msrv: rust $tc (cargo) compiled every example"
    else
        fail "rust $tc: the examples"
    fi
    run ls . && run ipaddr && run eventloop -- --ticks 2 \
        && echo "msrv: rust $tc (cargo) built and ran examples ls, ipaddr and eventloop" \
        || fail "rust $tc: running the examples"
fi
exit $rc
