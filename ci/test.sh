#!/usr/bin/env bash
# The whole test suite: installs what a fresh machine lacks (ci/setup.sh),
# then, in order:
#   1. rustfmt check and the source layout (tests/layout.py);
#   2. x86_64 (native): build, the runtime tests and the example, with and
#      without extra_traits; the runtime tests on x86_64-unknown-linux-gnu
#      too (this machine's glibc);
#   3. every one of the ten targets: cargo check and clippy with -D warnings,
#      and cargo doc with warnings denied;
#   4. the oldest Rust the library is held to (Cargo.toml's rust-version,
#      1.63; for loongarch64 and wasm32-wali the first release that knows
#      them): the library on every target, the examples natively
#      (ci/msrv.sh);
#      then the ABI check against musl's (glibc's) and Linux's headers on every native
#      target, and its own planted-errors test; the system call wrappers'
#      prototypes against glibc's and the kernel's; the safe functions at
#      their edges; differential fuzzing of the walkers and integer helpers
#      against C (a bounded campaign, on musl and on glibc); Miri over every Rust body that does
#      not call C, with its planted out-of-bounds read;
#   5. wasm32-wali-linux-musl: the layout check against WALI's specification,
#      the check against musl's headers under WALI's data model (both with
#      their planted-errors tests), a real run of a test module under a
#      wasmtime host (ci/wali_host.py), and the README's WALI recipe and
#      example, run as written (tests/wali/user_test.py);
#   6. Rust's std built from rust-src on this crate, and a program on it
#      (ci/std-test.sh: x86_64, and aarch64 under qemu when QEMU_TARGETS has
#      it), and the proof that it is this crate, tested on an unpatched std;
#   7. a cross build from this glibc host, with this crate serving the
#      build script and proc-macro on x86_64-unknown-linux-gnu
#      (ci/cross-test.sh); then real crates (nix, socket2, memmap2, getrandom, signal-hook-registry,
#      filetime, errno, rustix's libc backend, time) at pinned versions: their own
#      test suites on this crate, compared with the published libc's
#      (ci/crates-test.py);
#   8. the runtime tests under qemu-user for QEMU_TARGETS (every target
#      tests/targets.tsv gives a qemu command: the eight other musl ones and
#      aarch64-unknown-linux-gnu).
# Environment: TARGETS="t1 t2" limits steps 3 to 5 to those targets;
# QEMU_TARGETS="..." chooses step 8's (empty: none).
set -euo pipefail
cd "$(dirname "$0")/.."
# Every signal's default action for the whole suite: a CI runner or a
# shell's background job can start it with signals ignored, which every
# child inherits, and tests that expect the defaults then hang or fail
# (nix's wait tests, the WALI guest's sigaction check).
if [ -z "${LIBC_CI_DEFAULT_SIGNALS:-}" ] && env --default-signal true 2>/dev/null; then
    LIBC_CI_DEFAULT_SIGNALS=1 exec env --default-signal bash "$0" "$@"
fi
. ci/env.sh
# The targets, from tests/targets.tsv (ci/env.sh's `targets`): those that
# run under qemu-user here, and all ten.
NATIVE_TARGETS=$(targets qemu | tr '\n' ' ')
QEMU_TARGETS="${QEMU_TARGETS-$NATIVE_TARGETS}"
# The whole log is kept, so that the closing summary can repeat the lines
# that say what failed.
mkdir -p target
exec > >(tee target/ci.log) 2>&1
tee_pid=$!
# On exit, tee is given its end of file and waited for, so that no line is lost.
trap 'exec >&- 2>&-; wait $tee_pid' EXIT
setup_start=$SECONDS
if [ -n "$QEMU_TARGETS" ]; then bash ci/setup.sh --qemu; else bash ci/setup.sh; fi
printf '=== setup: %d s\n' $((SECONDS - setup_start))
step_times=("$(printf '%5d s  %s' $((SECONDS - setup_start)) setup)")

ALL_TARGETS=$(targets | tr '\n' ' ')
TARGETS="${TARGETS:-$ALL_TARGETS}"
export CARGO_TERM_COLOR=never

# Each step prints its name, and the time the previous one took.
step_start=$SECONDS; step_name=""
step_end() {
    if [ -n "$step_name" ]; then
        printf '=== %s: %d s\n' "$step_name" $((SECONDS - step_start))
        step_times+=("$(printf '%5d s  %s' $((SECONDS - step_start)) "$step_name")")
    fi
}
step() { step_end; step_name="$*"; step_start=$SECONDS; printf '\n=== %s\n' "$*"; }
failures=()
fail() { failures+=("$1"); echo "FAILED: $1"; }

step "rustfmt"
cargo +stable fmt --all -- --check || fail "rustfmt"
# cargo fmt follows `mod` declarations only; the files src/ pulls in with
# include! are checked by name.
git ls-files -z 'src/*.rs' | xargs -0 rustfmt +stable --edition 2021 --check || fail "rustfmt (src)"

step "layout (tests/layout.py)"
python3 tests/layout.py || fail "layout"

step "x86_64: build, runtime tests (musl and glibc), examples"
export RUSTFLAGS="-D warnings"
cargo +stable build --all-targets || fail "build"
cargo +stable build --all-targets --features extra_traits || fail "build extra_traits"
cargo +stable build --no-default-features || fail "build no-default-features"
# --show-output: a test that skips part of its work says why, in the log.
cargo +stable test -- --show-output || fail "runtime tests"
cargo +stable test --target x86_64-unknown-linux-gnu -- --show-output \
    || fail "runtime tests (x86_64-unknown-linux-gnu)"
cargo +stable run --example syscalls >/dev/null || fail "example syscalls"
cargo +stable run --example ls -- . >/dev/null || fail "example ls"
cargo +stable run --example ipaddr >/dev/null || fail "example ipaddr"
cargo +stable run --example eventloop -- --ticks 2 >/dev/null || fail "example eventloop"
unset RUSTFLAGS

# The per-target steps run in two lanes (the machine has two cores, and
# building core for a target is mostly one crate at a time); each lane has
# its own cargo target directories, and each target's output is printed
# when its lane is done. CI_LANES=1 runs them one after another.
LANES=${CI_LANES:-2}
# run_lanes NAME FUNCTION TARGET...: FUNCTION TARGET for each target.
run_lanes() {
    local name=$1 func=$2 tmp l i n pids=()
    shift 2
    local targets=("$@")
    n=${#targets[@]}
    tmp=$(mktemp -d)
    for ((l = 0; l < LANES; l++)); do
        (
            export CARGO_TARGET_DIR="$PWD/target/lane$l" ABI_CARGO_TARGET_DIR="$PWD/target/lane$l/abi"
            for ((i = l; i < n; i += LANES)); do
                s=$SECONDS
                "$func" "${targets[i]}" >"$tmp/$i.log" 2>&1 || echo "$name ${targets[i]}" >"$tmp/$i.fail"
                echo "--- $name ${targets[i]}: $((SECONDS - s)) s" >>"$tmp/$i.log"
            done
        ) &
        pids+=($!)
    done
    # (By PID: a bare `wait` would also wait for the log's tee.)
    wait "${pids[@]}"
    for ((i = 0; i < n; i++)); do
        cat "$tmp/$i.log"
        if [ -f "$tmp/$i.fail" ]; then fail "$(cat "$tmp/$i.fail")"; fi
    done
    rm -rf "$tmp"
}

check_target() {
    local t=$1 rc=0 tc bs feats
    if [ "$t" = x86_64-unknown-linux-musl ]; then
        tc=(+stable); bs=()
    else
        tc=(+nightly); bs=(-Zbuild-std=core)
    fi
    # One RUSTFLAGS for all four, so that core is built once per target.
    export RUSTFLAGS="-D warnings" RUSTDOCFLAGS="-D warnings"
    for feats in "" "--features extra_traits"; do
        # shellcheck disable=SC2086
        cargo "${tc[@]}" clippy -q "${bs[@]}" --lib --target "$t" $feats -- -D warnings \
            || { echo "FAILED: clippy $t $feats"; rc=1; }
    done
    cargo "${tc[@]}" doc -q "${bs[@]}" --no-deps --lib --target "$t" \
        || { echo "FAILED: doc $t"; rc=1; }
    # As Rust's std builds it: core through rustc-std-workspace-core.
    cargo +nightly check -q -Zbuild-std=core --lib --target "$t" \
        --no-default-features --features rustc-dep-of-std \
        || { echo "FAILED: check rustc-dep-of-std $t"; rc=1; }
    unset RUSTFLAGS RUSTDOCFLAGS
    return $rc
}
abi_target() { "$LIBC_CI_PY" tests/abi/abi_check.py "$1"; }
qemu_target() { bash ci/qemu-test.sh "$1"; }
msrv_target() { bash ci/msrv.sh "$1"; }

step "check, clippy, doc on every target"
# shellcheck disable=SC2086
run_lanes "check/clippy/doc" check_target $TARGETS

step "Rust 1.63 (Cargo.toml's rust-version): the library on every target, the examples (ci/msrv.sh)"
# shellcheck disable=SC2086
run_lanes "msrv" msrv_target $TARGETS

step "ABI check against musl 1.2.5's (glibc's on the gnu targets) and Linux UAPI headers"
abi_targets=$(tr ' ' '\n' <<<"$TARGETS" | grep -v '^wasm32' | tr '\n' ' ' || true)
if [ -n "${abi_targets// /}" ]; then
    # shellcheck disable=SC2086
    run_lanes "ABI check" abi_target $abi_targets
else
    echo "no native target in TARGETS: no ABI check"
fi
"$LIBC_CI_PY" tests/abi/planted_test.py || fail "ABI check self-test (planted errors)"

step "safe functions at their edges (tests/safe_fns.rs)"
cargo +stable test --test safe_fns -- --show-output || fail "safe functions at their edges"

step "differential fuzzing against C, bounded (tests/fuzz.rs: 10 rounds of 100000 cases)"
LIBC_FUZZ_CASES=100000 LIBC_FUZZ_ROUNDS=10 cargo +stable test --test fuzz -- --show-output \
    || fail "fuzzing against C"
LIBC_FUZZ_CASES=100000 LIBC_FUZZ_ROUNDS=10 cargo +stable test --target x86_64-unknown-linux-gnu \
    --test fuzz -- --show-output || fail "fuzzing against C (x86_64-unknown-linux-gnu)"

step "Miri over the Rust bodies, and its planted out-of-bounds read (ci/miri.sh)"
bash ci/miri.sh || fail "Miri"

if tr ' ' '\n' <<<"$TARGETS" | grep -qx wasm32-wali-linux-musl; then
    step "wasm32-wali-linux-musl: WALI's specification, musl's headers under its data model, a real run"
    "$LIBC_CI_PY" tests/wali/layout_check.py || fail "WALI layout check"
    "$LIBC_CI_PY" tests/wali/planted_test.py || fail "WALI layout check self-test (planted errors)"
    "$LIBC_CI_PY" tests/wali/c_model_check.py || fail "WALI C-model check"
    "$LIBC_CI_PY" tests/wali/c_model_planted_test.py || fail "WALI C-model check self-test (planted errors)"
    "$LIBC_CI_PY" tests/wali/guest_test.py || fail "WALI real run"
    "$LIBC_CI_PY" tests/wali/user_test.py || fail "WALI: the README's recipe and example"
fi

step "Rust's std built on this crate (ci/std-test.sh)"
std_targets=x86_64-unknown-linux-musl
if tr ' ' '\n' <<<"$QEMU_TARGETS" | grep -qx aarch64-unknown-linux-musl; then
    std_targets="$std_targets aarch64-unknown-linux-musl"
fi
# shellcheck disable=SC2086
bash ci/std-test.sh $std_targets || fail "std on this crate"
bash ci/std-test.sh --unpatched x86_64-unknown-linux-musl || fail "std-test's proof (self-test)"

step "a cross build from this glibc host: build script and proc-macro on x86_64-unknown-linux-gnu (ci/cross-test.sh)"
bash ci/cross-test.sh || fail "cross build from the glibc host"

step "real crates' own test suites on this crate (ci/crates-test.py)"
python3 ci/crates-test.py || fail "real crates"

if [ -n "${QEMU_TARGETS// /}" ]; then
    step "runtime tests under qemu-user"
    # shellcheck disable=SC2086
    run_lanes "runtime tests (qemu)" qemu_target $QEMU_TARGETS
fi

step_end
echo
echo "test suite: time per step"
printf '%s\n' "${step_times[@]}"
echo "test suite: $SECONDS s in all"
if [ ${#failures[@]} -ne 0 ]; then
    echo "test suite: what failed, as the log said it (the last 60 such lines):"
    grep -a -E 'FAILED|PROBLEM|^error(\[|:)|panicked at|mismatch' target/ci.log \
        | grep -v -E '^test result: ok|, 0 mismatch|^ok: |\[planted' | tail -n 60 || true
    echo "test suite: ${#failures[@]} step(s) failed: ${failures[*]}"
    exit 1
fi
echo "test suite: all steps passed"
