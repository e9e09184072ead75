#!/usr/bin/env bash
# Installs what the test suite needs beyond a bare machine, idempotently:
#   - the x86_64-unknown-linux-musl std on the stable toolchain (native tests),
#   - rust-src and clippy on nightly (every other target builds core/std
#     with -Zbuild-std),
#   - clippy and rustfmt on stable,
#   - the ziglang wheel (musl 1.2.5 headers + libc, Linux UAPI headers, a cross
#     C compiler for every target) in a cached virtualenv,
#   - the wasmtime wheel in the same virtualenv (ci/wali_host.py runs the
#     wasm32-wali-linux-musl test module on it),
#   - qemu-user-static, when asked for with `--qemu`.
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
if ! rustup +stable target list --installed | grep -qx x86_64-unknown-linux-musl; then
    log "adding x86_64-unknown-linux-musl to stable"
    rustup +stable target add x86_64-unknown-linux-musl
fi
installed=$(rustup +stable component list --installed)
for c in clippy rustfmt; do
    if ! grep -q "^$c" <<<"$installed"; then
        log "adding $c to stable"
        rustup +stable component add "$c"
    fi
done
installed=$(rustup +nightly component list --installed)
for c in rust-src clippy; do
    if ! grep -q "^$c" <<<"$installed"; then
        log "adding $c to nightly"
        rustup +nightly component add "$c"
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

# qemu-user, only for the runtime tests of non-x86_64 targets.
if [ "$want_qemu" = 1 ] && ! command -v qemu-aarch64-static >/dev/null; then
    log "installing qemu-user-static"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static >/dev/null
fi
log "ready"
