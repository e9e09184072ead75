#!/usr/bin/env python3
"""Real crates' own test suites on this crate, compared with the published libc.

For each crate of tests/crates/crates.txt (a pinned version from crates.io):
  1. its source is fetched through cargo (once; cached by cargo) and copied
     into a work directory, with its committed lock file
     (tests/crates/locks/NAME-VERSION.lock, which resolves libc to 0.2.191
     from crates.io) and, for this crate's run, `[patch.crates-io] libc =
     { path = REPO }`;
  2. `cargo tree` must show this repository as the only libc (the patch took);
  3. `cargo test --target x86_64-unknown-linux-musl` runs the crate's unit,
     integration and doc tests, and every test's result is recorded;
  4. the results are compared with the same suite on the published libc
     0.2.191, recorded in tests/crates/published/NAME-VERSION.txt (made by
     `--published`; it does not depend on this crate, so CI does not rebuild
     it). A test that passes there and fails here fails this check; before
     saying so, the crate's suite is run once more on the published libc on
     this machine, so that a sandbox difference is not held against the crate.
     A test that fails on the published libc too must be listed, with the
     reason, in tests/crates/known-failures.txt.

Usage: crates-test.py [--published] [--lock] [NAME ...]
  --published  run on the published libc and rewrite tests/crates/published/
  --lock       (re)generate the lock files, libc pinned to 0.2.191
It prints, per crate, passed/failed/ignored next to the published figures.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CRATES = os.path.join(REPO, "tests", "crates")
TARGET = "x86_64-unknown-linux-musl"
LIBC_VERSION = "0.2.191"
CACHE = os.environ.get("LIBC_CI_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "libc-musl-ci")
WORK = os.path.join(CACHE, "crates-test")
TEST_TIMEOUT = 900  # seconds, for one crate's build and suite


def read_crates():
    out = []
    for line in open(os.path.join(CRATES, "crates.txt")):
        line = line.split("#", 1)[0].strip()
        if line:
            name, version, *args = line.split()
            out.append((name, version, args))
    return out


def read_known_failures():
    """{(crate, test): reason} from known-failures.txt (`crate test reason`)."""
    known = {}
    path = os.path.join(CRATES, "known-failures.txt")
    if os.path.exists(path):
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line:
                crate, test, reason = line.split(None, 2)
                known[(crate, test)] = reason
    return known


def inherited_signals():
    """The signals this process was started with ignored or blocked: a CI
    runner or a shell's background job can pass them on (a non-interactive
    shell ignores SIGINT and SIGQUIT in `cmd &`). Crates' suites assume the
    defaults: nix's wait and pty tests fork a child that pause()s until a
    signal ends it, and with that signal ignored the child never ends."""
    out = []
    for line in open("/proc/self/status"):
        key, _, val = line.partition(":")
        if key in ("SigIgn", "SigBlk"):
            mask, names = int(val, 16), []
            if key == "SigIgn":
                # (Python itself ignores these two at startup.)
                mask &= ~(1 << (signal.SIGPIPE - 1) | 1 << (signal.SIGXFSZ - 1))
            for n in range(1, 65):
                if mask >> (n - 1) & 1:
                    try:
                        names.append(signal.Signals(n).name)
                    except ValueError:
                        names.append("signal %d" % n)
            if names:
                out.append("%s %s" % ("ignored" if key == "SigIgn" else "blocked",
                                      ", ".join(names)))
    return out


def default_signals():
    """In the child, before exec: every signal's default action, none blocked."""
    for n in signal.valid_signals():
        if n not in (signal.SIGKILL, signal.SIGSTOP):
            try:
                signal.signal(n, signal.SIG_DFL)
            except (OSError, ValueError):
                pass
    signal.pthread_sigmask(signal.SIG_SETMASK, [])


def run(cmd, cwd, env=None, capture=True, timeout=None):
    e = dict(os.environ)
    for k in ("RUSTFLAGS", "CARGO_TARGET_DIR", "CARGO_BUILD_TARGET", "RUSTC_WRAPPER"):
        e.pop(k, None)
    e.update(env or {})
    try:
        return subprocess.run(cmd, cwd=cwd, env=e, text=True, timeout=timeout,
                              preexec_fn=default_signals,
                              stdout=subprocess.PIPE if capture else None,
                              stderr=subprocess.STDOUT if capture else None)
    except subprocess.TimeoutExpired as x:
        out = x.stdout.decode() if isinstance(x.stdout, bytes) else (x.stdout or "")
        return subprocess.CompletedProcess(cmd, 124, out + "\ncrates-test: timed out after %d s\n"
                                           % timeout)


def fetch_sources(crates):
    """The crates' sources, through a throwaway project's `cargo fetch`."""
    proj = os.path.join(WORK, "fetch")
    os.makedirs(os.path.join(proj, "src"), exist_ok=True)
    with open(os.path.join(proj, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n'
                'publish = false\n\n[dependencies]\n')
        for name, version, _ in crates:
            f.write('%s = "=%s"\n' % (name, version))
        f.write("\n[workspace]\n")
    open(os.path.join(proj, "src", "lib.rs"), "w").close()
    r = run(["cargo", "+stable", "fetch", "-q"], proj)
    if r.returncode != 0:
        sys.exit("crates-test: cargo fetch failed:\n" + r.stdout)
    r = run(["cargo", "+stable", "metadata", "-q", "--format-version", "1"], proj)
    import json
    meta = json.loads(r.stdout)
    srcs = {}
    for p in meta["packages"]:
        srcs[(p["name"], p["version"])] = os.path.dirname(p["manifest_path"])
    return srcs


def prepare(name, version, src, side):
    """A fresh copy of the crate's source for one side ("ours" or
    "published"), with its lock file and, for ours, the patch."""
    d = os.path.join(WORK, "%s-%s-%s" % (name, version, side))
    if os.path.exists(d):
        shutil.rmtree(d)
    shutil.copytree(src, d)
    lock = os.path.join(CRATES, "locks", "%s-%s.lock" % (name, version))
    if os.path.exists(lock):
        shutil.copy(lock, os.path.join(d, "Cargo.lock"))
    with open(os.path.join(d, "Cargo.toml"), "a") as f:
        f.write("\n[workspace]\n")
        if side == "ours":
            f.write('\n[patch.crates-io]\nlibc = { path = "%s" }\n' % REPO)
    return d


def make_lock(name, version, src):
    d = prepare(name, version, src, "published")
    os.makedirs(os.path.join(CRATES, "locks"), exist_ok=True)
    r = run(["cargo", "+stable", "generate-lockfile", "-q"], d)
    if r.returncode == 0:
        r = run(["cargo", "+stable", "update", "-q", "-p", "libc", "--precise", LIBC_VERSION], d)
    if r.returncode != 0:
        sys.exit("crates-test: lock for %s failed:\n%s" % (name, r.stdout))
    shutil.copy(os.path.join(d, "Cargo.lock"), os.path.join(CRATES, "locks",
                                                            "%s-%s.lock" % (name, version)))


def check_patch(d):
    """Every libc in the crate's graph (all targets, all edges) is this
    repository's."""
    r = run(["cargo", "+stable", "tree", "-q", "--target", "all", "-e", "all", "--prefix",
             "none", "--format", "{p}"], d)
    if r.returncode != 0:
        return False, r.stdout
    libcs = sorted({l.strip().replace(" (*)", "") for l in r.stdout.splitlines()
                    if re.match(r"libc v", l.strip())})
    ok = bool(libcs) and all(("(%s)" % REPO) in l for l in libcs)
    return ok, "; ".join(libcs) or "no libc at all"


TEST_LINE = re.compile(r"^test (.+?) \.\.\. (ok|FAILED|ignored)(?:,.*)?$")


def run_tests(d, args, side):
    """{test id: ok|FAILED|ignored}, the build's success, and the output."""
    tdir = os.path.join(WORK, "target-%s-%s" % (os.path.basename(d).rsplit("-", 1)[0], side))
    cmd = ["cargo", "+stable", "test", "--target", TARGET, "--no-fail-fast"] + args
    # A test that hangs must not hold CI for its whole budget.
    r = run(cmd, d, env={"CARGO_TARGET_DIR": tdir}, timeout=TEST_TIMEOUT)
    results, section = {}, "?"
    for line in r.stdout.splitlines():
        m = re.match(r"\s*Running (\S+)", line) or re.match(r"\s*Doc-tests (\S+)", line)
        if m:
            section = ("doc" if "Doc-tests" in line else m.group(1))
            continue
        m = TEST_LINE.match(line.strip())
        if m:
            results["%s::%s" % (section, m.group(1))] = m.group(2)
    built = "error: could not compile" not in r.stdout and (
        r.returncode == 0 or "test result:" in r.stdout)
    if r.returncode == 124:
        # libtest names a test that runs for over 60 s; show them.
        slow = [l.strip() for l in r.stdout.splitlines() if "has been running for over" in l]
        print("crates-test: %s (%s): the suite timed out after %d s; %s"
              % (os.path.basename(d), side, TEST_TIMEOUT,
                 "; ".join(slow) or "no test reported as slow"))
    return results, built, r.stdout


def tally(results):
    c = {"ok": 0, "FAILED": 0, "ignored": 0}
    for v in results.values():
        c[v] += 1
    return c


def published_path(name, version):
    return os.path.join(CRATES, "published", "%s-%s.txt" % (name, version))


def write_published(name, version, results):
    os.makedirs(os.path.join(CRATES, "published"), exist_ok=True)
    with open(published_path(name, version), "w") as f:
        f.write("# %s %s's own tests on the published libc %s, %s, by ci/crates-test.py "
                "--published\n" % (name, version, LIBC_VERSION, TARGET))
        for k in sorted(results):
            f.write("%s %s\n" % (results[k], k))


def read_published(name, version):
    p = published_path(name, version)
    if not os.path.exists(p):
        return None
    out = {}
    for line in open(p):
        if line.startswith("#") or not line.strip():
            continue
        status, test = line.rstrip("\n").split(" ", 1)
        out[test] = status
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--published", action="store_true")
    ap.add_argument("--lock", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    crates = [c for c in read_crates() if not a.names or c[0] in a.names]
    os.makedirs(WORK, exist_ok=True)
    inherited = inherited_signals()
    if inherited:
        print("crates-test: started with signals %s; the suites run with every signal's "
              "default action" % "; ".join(inherited))
    srcs = fetch_sources(crates)
    known = read_known_failures()
    problems = []
    rows = []
    for name, version, args in crates:
        start = time.time()
        src = srcs[(name, version)]
        if a.lock:
            make_lock(name, version, src)
            print("crates-test: %s %s: lock file written" % (name, version))
            continue
        if a.published:
            d = prepare(name, version, src, "published")
            res, built, out = run_tests(d, args, "published")
            if not built:
                problems.append("%s: does not build on the published libc" % name)
                print(out[-3000:])
            write_published(name, version, res)
            t = tally(res)
            print("crates-test: %s %s on the published libc: %d passed, %d failed, %d ignored"
                  % (name, version, t["ok"], t["FAILED"], t["ignored"]))
            continue
        d = prepare(name, version, src, "ours")
        ok, libcs = check_patch(d)
        if not ok:
            problems.append("%s: the patch did not take: %s" % (name, libcs))
            continue
        res, built, out = run_tests(d, args, "ours")
        if not built:
            problems.append("%s: does not build on this crate" % name)
            print(out[-6000:])
            continue
        pub = read_published(name, version)
        if pub is None:
            problems.append("%s: no published results (run ci/crates-test.py --published %s)"
                            % (name, name))
            continue
        regressions = [k for k, v in res.items() if v == "FAILED" and pub.get(k) == "ok"]
        missing = [k for k, v in pub.items() if v == "ok" and k not in res]
        if regressions or missing:
            # Before holding them against the crate: the published libc on
            # this machine, in this environment.
            d2 = prepare(name, version, src, "published")
            pub_here, _, _ = run_tests(d2, args, "published")
            for k in regressions + missing:
                if pub_here.get(k) != "ok":
                    print("  not held against this crate: %s %s with the published libc "
                          "here too" % (k, "fails" if pub_here.get(k) else "does not run"))
            regressions = [k for k in regressions if pub_here.get(k) == "ok"]
            missing = [k for k in missing if pub_here.get(k) == "ok"]
        for k in regressions:
            problems.append("%s: %s fails here and passes on the published libc" % (name, k))
        both = [k for k, v in res.items() if v == "FAILED" and pub.get(k) == "FAILED"]
        for k in both:
            if (name, k) not in known:
                problems.append("%s: %s fails on both crates: list it with the reason in "
                                "tests/crates/known-failures.txt" % (name, k))
        for k in missing:
            problems.append("%s: %s passes on the published libc and did not run here" % (name, k))
        t, p = tally(res), tally(pub)
        rows.append((name, version, t, p, time.time() - start))
        print("crates-test: %s %s: %d passed, %d failed, %d ignored (published libc: %d passed, "
              "%d failed, %d ignored), %d s; libc: %s"
              % (name, version, t["ok"], t["FAILED"], t["ignored"], p["ok"], p["FAILED"],
                 p["ignored"], time.time() - start, libcs))
        for k in both:
            print("  fails on both: %s (%s)" % (k, known.get((name, k), "no reason recorded")))
    for p in problems:
        print("crates-test: PROBLEM: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
