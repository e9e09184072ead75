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
