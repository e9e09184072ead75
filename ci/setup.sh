#!/usr/bin/env bash
# Installs what the test suite needs beyond a bare machine, idempotently:
#   - the x86_64-unknown-linux-musl std on the stable toolchain (native tests),
#   - rust-src, clippy and miri on nightly (every other target builds core/std
#     with -Zbuild-std),
#   - clippy and rustfmt on stable,
#   - Rust 1.63 (Cargo.toml's rust-version) and the first releases that know
#     loongarch64 and wasm32-wali, minimal, with rust-src (ci/msrv.sh),
#   - the ziglang wheel (musl 1.2.5 headers + libc, Linux UAPI headers, a cross
#     C compiler for every target) in a cached virtualenv,
#   - the wasmtime wheel in the same virtualenv (ci/wali_host.py runs the
#     wasm32-wali-linux-musl test module on it),
#   - the kernel's internal task flags and pid types and its system calls'
#     prototypes (Debian's linux-headers-6.12 common package), for the ABI
#     check,
#   - qemu-user-static 10.x from bookworm-backports, when asked for with
#     `--qemu`; with it, for aarch64-unknown-linux-gnu's runtime tests,
#     rustup's std for that target on stable and Debian's libc6-arm64-cross
#     (the aarch64 glibc and its loader, under /usr/aarch64-linux-gnu, which
#     tests/targets.tsv's qemu command names).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"

want_qemu=0
for a in "$@"; do
    case "$a" in
        --qemu) want_qemu=1 ;;
        *) echo "setup.sh: unknown argument $a" >&2; exit 2 ;;
    esac
done

log() { echo "setup: $*" >&2; }

# Rust: targets and components on the machine's own toolchains (never pin another).
# (aarch64's std too, for ci/bench-compile.sh's aarch64 check)
for t in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
    if ! rustup +stable target list --installed | grep -qx "$t"; then
        log "adding $t to stable"
        rustup +stable target add "$t"
    fi
done
installed=$(rustup +stable component list --installed)
for c in clippy rustfmt; do
    if ! grep -q "^$c" <<<"$installed"; then
        log "adding $c to stable"
        rustup +stable component add "$c"
    fi
done
installed=$(rustup +nightly component list --installed)
for c in rust-src clippy miri; do
    if ! grep -q "^$c" <<<"$installed"; then
        log "adding $c to nightly"
        rustup +nightly component add "$c"
    fi
done

# The oldest toolchains the library is held to (ci/msrv.sh): Cargo.toml's
# rust-version with rustup's x86_64 and aarch64 musl std, and the first
# releases that know loongarch64 and wasm32-wali (ci/env.sh); each with its
# rust-src, from which ci/msrv.sh builds core for the targets without a std.
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' "$here/../Cargo.toml").0
for v in "$msrv" "$MSRV_LOONGARCH64" "$MSRV_WASM32_WALI"; do
    if ! rustup "+$v" component list --installed 2>/dev/null | grep -q '^rust-src'; then
        log "installing Rust $v (minimal, with rust-src)"
        rustup toolchain install "$v" --profile minimal --component rust-src --no-self-update >/dev/null
    fi
done
for t in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
    if ! rustup "+$msrv" target list --installed | grep -qx "$t"; then
        log "adding $t to Rust $msrv"
        rustup "+$msrv" target add "$t" >/dev/null
    fi
done

# Zig: musl's headers and libc plus a cross C compiler for every target.
if ! "$LIBC_CI_PY" -c 'import ziglang' 2>/dev/null; then
    log "creating venv with ziglang==$ZIGLANG_VERSION in $LIBC_CI_VENV"
    python3 -m venv "$LIBC_CI_VENV"
    "$LIBC_CI_PY" -m pip install --quiet --disable-pip-version-check "ziglang==$ZIGLANG_VERSION"
fi

# wasmtime: a WebAssembly engine for the WALI test module's host.
if ! "$LIBC_CI_PY" -c "import importlib.metadata as m, sys
sys.exit(m.version('wasmtime') != '$WASMTIME_VERSION')" 2>/dev/null; then
    log "installing wasmtime==$WASMTIME_VERSION in $LIBC_CI_VENV"
    "$LIBC_CI_PY" -m pip install --quiet --disable-pip-version-check "wasmtime==$WASMTIME_VERSION"
fi

# The kernel's internal <linux/sched.h> task flags (PF_*) and <linux/pid_types.h>
# `enum pid_type`, which the published crate has and no UAPI header declares:
# taken from Debian's linux-headers-6.12.*-common (the 6.12 LTS kernel), once,
# into a header the ABI check compiles them from.
# The same package's include/linux/syscalls.h gives the system calls'
# in-kernel prototypes (`asmlinkage long sys_kcmp(pid_t pid1, ...)`), which the
# ABI check holds the crate's wrappers to where glibc declares none; they are
# kept one per line, with include/linux/key.h's `key_serial_t`.
ki="$LIBC_CI_CACHE/kernel-internal/include/abi_kernel_internal.h"
ks="$LIBC_CI_CACHE/kernel-internal/syscalls.txt"
if [ ! -s "$ki" ] || [ ! -s "$ks" ]; then
    log "fetching the kernel's internal headers (Debian linux-headers-6.12 common)"
    pkg=$(apt-cache search --names-only '^linux-headers-6\.12\.[0-9]+\+deb[0-9]+-common$' 2>/dev/null \
          | awk '{print $1}' | sort -V | tail -n 1)
    if [ -z "$pkg" ]; then
        apt-get update -qq
        pkg=$(apt-cache search --names-only '^linux-headers-6\.12\.[0-9]+\+deb[0-9]+-common$' \
              | awk '{print $1}' | sort -V | tail -n 1)
    fi
    [ -n "$pkg" ] || { echo "setup: no linux-headers-6.12 common package found" >&2; exit 1; }
    tmp=$(mktemp -d)
    chmod 777 "$tmp"  # apt's download user (_apt) writes there
    (cd "$tmp" && apt-get download -qq "$pkg" && dpkg-deb -x ./*.deb x)
    src=$(echo "$tmp"/x/usr/src/linux-headers-*-common)
    mkdir -p "$(dirname "$ki")"
    {
        echo "/* From $pkg: the PF_* task flags of include/linux/sched.h and enum"
        echo "   pid_type of include/linux/pid_types.h, verbatim (ci/setup.sh). */"
        grep -E '^#define[[:space:]]+PF_[A-Z0-9_]+[[:space:]]+0x[0-9a-fA-F]+' "$src/include/linux/sched.h" \
            | sed 's,/\*.*,,'
        sed -n '/^enum pid_type/,/^};/p' "$src/include/linux/pid_types.h"
    } >"$ki.tmp"
    grep -q PF_VCPU "$ki.tmp" && grep -q PIDTYPE_MAX "$ki.tmp" \
        || { echo "setup: $pkg no longer has the PF_* flags or enum pid_type where expected" >&2; exit 1; }
    mv "$ki.tmp" "$ki"
    {
        echo "# From $pkg: include/linux/key.h's key_serial_t and include/linux/syscalls.h's"
        echo "# asmlinkage prototypes, one per line (ci/setup.sh)."
        grep -E '^typedef[[:space:]]+int32_t[[:space:]]+key_serial_t;' "$src/include/linux/key.h"
        awk '/^asmlinkage long sys_/{p=1} p{printf "%s ", $0} p&&/;/{print "";p=0}' \
            "$src/include/linux/syscalls.h" | sed 's/[[:space:]]\+/ /g; s/ $//'
    } >"$ks.tmp"
    grep -q 'key_serial_t;' "$ks.tmp" && grep -q '^asmlinkage long sys_kcmp(' "$ks.tmp" \
        || { echo "setup: $pkg no longer has key_serial_t or sys_kcmp where expected" >&2; exit 1; }
    mv "$ks.tmp" "$ks"
    rm -rf "$tmp"
fi

# qemu-user, only for the runtime tests of non-x86_64 targets: 10.x from
# bookworm-backports, which knows the system calls Debian 12's own 7.2
# answers ENOSYS to (openat2, fanotify, keyctl, landlock, ...).
qemu_major() { qemu-aarch64-static --version 2>/dev/null | sed -n 's/^qemu-aarch64 version \([0-9]*\)\..*/\1/p'; }
if [ "$want_qemu" = 1 ] && [ "$(qemu_major)" != 10 ]; then
    bp=/etc/apt/sources.list.d/bookworm-backports.sources
    if ! grep -qs '^Suites: bookworm-backports$' "$bp"; then
        log "adding the bookworm-backports suite ($bp)"
        printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' \
            'Suites: bookworm-backports' 'Components: main' \
            'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' >"$bp"
    fi
    log "installing qemu-user-static from bookworm-backports"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports qemu-user-static >/dev/null
    [ "$(qemu_major)" = 10 ] || { echo "setup: qemu-user-static 10.x expected, got: $(qemu-aarch64-static --version | head -n 1)" >&2; exit 1; }
fi
if [ "$want_qemu" = 1 ]; then
    if ! rustup +stable target list --installed | grep -qx aarch64-unknown-linux-gnu; then
        log "adding aarch64-unknown-linux-gnu to stable"
        rustup +stable target add aarch64-unknown-linux-gnu
    fi
    if [ ! -e /usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1 ]; then
        log "installing libc6-arm64-cross (aarch64 glibc for qemu-user)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6-arm64-cross >/dev/null 2>&1 \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6-arm64-cross >/dev/null; }
    fi
fi
log "ready"
