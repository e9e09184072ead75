#!/usr/bin/env bash
# Builds Rust's std from the machine's nightly rust-src with THIS crate as
# std's `libc` (-Zbuild-std=std,panic_abort, feature rustc-dep-of-std), builds
# tests/std-smoke on that std, proves from cargo's JSON artifacts that the
# libc compiled into std is this repository's (and no other libc was built),
# and runs the program: natively for x86_64-unknown-linux-musl, under
# qemu-user for the others.
#
# How: `[patch.crates-io]` in a user's project does not reach std under
# -Zbuild-std, so the patch goes into a copy of rust-src's library/ workspace,
# whose Cargo.lock is then moved to this crate's version; std's other
# dependencies come from library/vendor (source replacement, no network);
# __CARGO_TESTS_ONLY_SRC_ROOT makes build-std take the library from the copy.
# build-std does not notice edits to a patched path dependency, so every run
# builds into a fresh target dir.
#
# Usage: ci/std-test.sh [--unpatched] [TARGET...]   (default: x86_64 and aarch64 musl)
# --unpatched builds std on its own vendored libc instead and succeeds only
# if the proof then says so (the proof's self-test); nothing is run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
repo=$(cd "$here/.." && pwd)
unpatched=0
if [ "${1:-}" = --unpatched ]; then unpatched=1; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(x86_64-unknown-linux-musl aarch64-unknown-linux-musl)

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/Cargo.toml" | head -n 1)
src=$(rustc +nightly --print sysroot)/lib/rustlib/src/rust/library
[ -d "$src/std" ] || { echo "std-test.sh: nightly has no rust-src; run ci/setup.sh" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/libc-std-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/library"
# The patch: this repository is `libc` for the whole library workspace.
[ $unpatched = 1 ] || python3 - "$work/library/Cargo.toml" "$repo" <<'PY'
import sys
path, repo = sys.argv[1], sys.argv[2]
text = open(path).read()
marker = "[patch.crates-io]\n"
assert marker in text, "library/Cargo.toml has no [patch.crates-io] table"
text = text.replace(marker, marker + 'libc = { path = "%s" }\n' % repo, 1)
open(path, "w").write(text)
PY
vendor=(--config "source.crates-io.replace-with=\"vendored-sources\""
        --config "source.vendored-sources.directory=\"$work/library/vendor\"")
[ $unpatched = 1 ] \
    || (cd "$work/library" && cargo +nightly update -q --offline "${vendor[@]}" -p libc --precise "$version")

status=0
for t in "${targets[@]}"; do
    echo "--- std on this libc: $t"
    start=$SECONDS
    T=$(tr 'a-z-' 'A-Z_' <<<"$t")
    env=(__CARGO_TESTS_ONLY_SRC_ROOT="$work/library" CARGO_TARGET_DIR="$work/target-$t")
    # Linked by zig cc against musl 1.2.5 on every target (x86_64 too: the
    # nightly sysroot that -Zbuild-std uses has no self-contained musl
    # start files), as ci/qemu-test.sh does.
    # zig's target and the qemu-user binary ('-': none), from tests/targets.tsv.
    zt=$(target_field "$t" 4 2>/dev/null || true)
    q=$(target_field "$t" 5 2>/dev/null || true)
    if [ -z "$zt" ] || [ "$zt" = - ]; then echo "std-test.sh: no recipe for $t" >&2; exit 2; fi
    [ "$q" != - ] || q=""
    env+=(ZIG_TARGET=$zt "CARGO_TARGET_${T}_LINKER=$here/zig-linker.sh")
    flags="-C target-feature=+crt-static -C link-self-contained=no"
    case "$t" in loongarch64*) flags="-C target-feature=+crt-static,-lsx -C link-self-contained=no" ;; esac
    if ! (cd "$repo/tests/std-smoke" && env "${env[@]}" "CARGO_TARGET_${T}_RUSTFLAGS=$flags" \
            cargo +nightly build -q --offline "${vendor[@]}" -Zbuild-std=std,panic_abort \
            --target "$t" --message-format=json >"$work/artifacts-$t.json"); then
        echo "std-test.sh: std (or the program) did not build on this libc for $t" >&2
        python3 -c '
import json, sys
seen = 0
for line in open(sys.argv[1]):
    try:
        m = json.loads(line)
    except ValueError:
        continue
    r = m.get("message", {}).get("rendered") if m.get("reason") == "compiler-message" else None
    if r and seen < 60:
        print(r, end="")
        seen += 1
' "$work/artifacts-$t.json" >&2
        status=1; continue
    fi
    # Proof: the libc artifact built for std is this repository's, and no
    # other libc was built.
    if ! python3 - "$work/artifacts-$t.json" "$repo" "$unpatched" <<'PY'
import json, os, sys
arts, repo, unpatched = sys.argv[1], os.path.realpath(sys.argv[2]), sys.argv[3] == "1"
libcs = []
for line in open(arts):
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "libc":
        libcs.append((m["package_id"], os.path.realpath(os.path.dirname(m["manifest_path"]))))
ours = [p for p in libcs if p[1] == repo]
others = [p for p in libcs if p[1] != repo]
for pid, d in libcs:
    print("  libc artifact: %s (%s)" % (pid, d))
proven = bool(ours) and not others
if unpatched:
    print("std-test.sh: the proof %s a std built on another libc"
          % ("accepts" if proven else "rejects"))
    sys.exit(1 if proven else 0)
if not proven:
    print("std-test.sh: std was not built on this crate's libc")
    sys.exit(1)
PY
    then status=1; continue; fi
    [ $unpatched = 1 ] && continue
    bin="$work/target-$t/$t/debug/std-smoke"
    # (The program's caught panic prints its message; no backtrace needed.)
    export RUST_BACKTRACE=0
    if [ -z "$q" ]; then
        "$bin" || status=1
    else
        "$q" "$bin" || status=1
    fi
    echo "--- $t: $((SECONDS - start)) s"
done
exit $status
