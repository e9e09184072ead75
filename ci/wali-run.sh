#!/usr/bin/env bash
# cargo's runner for wasm32-wali-linux-musl (.cargo/config.toml): runs a
# module under ci/wali_host.py, the test host, with the Python that has the
# wasmtime wheel (ci/setup.sh installs it). The module gets the arguments
# after its path and the environment; the exit status is the module's.
# Usage: ci/wali-run.sh MODULE.wasm [ARG...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
if ! "$LIBC_CI_PY" -c 'import wasmtime' 2>/dev/null; then
    echo "wali-run: no wasmtime wheel in $LIBC_CI_VENV: run \`bash ci/setup.sh\` first" >&2
    exit 2
fi
exec "$LIBC_CI_PY" "$here/wali_host.py" "$@"
