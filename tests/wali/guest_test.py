#!/usr/bin/env python3
"""A real run of the crate on wasm32-wali-linux-musl.

Builds tests/wali/guest (a `#![no_std]` module that makes Linux system
calls through this crate's WALI imports, types and constants alone) for
wasm32-wali-linux-musl, runs it under ci/wali_host.py (wasmtime, the
imports forwarded to this machine's kernel) in a fresh directory, and checks
what the host sees: the exit status the guest chose (42), the guest's pid
against the host process's, the guest's every check passed, and the file
the guest created, written with writev, matches, with the inode number and
modification time the guest read through the crate's `struct stat`.

Run it with the Python that has the `wasmtime` wheel (ci/setup.sh puts it in
$LIBC_CI_VENV). Prints `wali-guest: N passed, M failed`; exits 1 on any
failure, and skips (exit 0, saying why) only on a host that is not x86_64
Linux.
"""
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from layout_check import TARGET, build_env, run  # noqa: E402

EXPECTED_STATUS = 42
CONTENT = b"hello, wali\n"


def main():
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        print("wali-guest: skipped: WALI's system call numbers are x86_64's, and this host is %s %s"
              % (platform.system(), platform.machine()))
        return 0
    tdir = os.path.join(REPO, "target", "wali")
    run(["cargo", "+nightly", "build", "-q", "--release", "-Zbuild-std=core", "--target", TARGET,
         "--manifest-path", os.path.join(HERE, "guest", "Cargo.toml"), "--target-dir", tdir],
        env=build_env(tdir))
    wasm = os.path.join(tdir, TARGET, "release", "wali-guest.wasm")
    work = tempfile.mkdtemp(prefix="wali-guest-")
    try:
        p = subprocess.Popen([sys.executable, os.path.join(REPO, "ci", "wali_host.py"), wasm],
                             cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = p.communicate(timeout=60)
        for line in err.splitlines():
            print("  [host] " + line)
        for line in out.splitlines():
            print("  [guest] " + line)
        passed = failed = 0

        def verdict(ok, what):
            nonlocal passed, failed
            print("%s: %s" % ("ok" if ok else "FAILED", what))
            if ok:
                passed += 1
            else:
                failed += 1

        seen = {}
        for m in re.finditer(r"^check \d+ ([^:]+): (-?\d+) (ok|FAILED)$", out, re.M):
            seen[m.group(1)] = int(m.group(2))
        verdict(p.returncode == EXPECTED_STATUS,
                "exit status %d seen by the host (expected %d)" % (p.returncode, EXPECTED_STATUS))
        verdict("FAILED" not in out and "wali guest: all checks passed" in out
                and len(seen) >= 17, "the guest's %d checks passed" % len(seen))
        verdict(("pid %d\n" % p.pid) in out,
                "getpid in the guest is the host process's pid %d" % p.pid)
        path = os.path.join(work, "wali-guest.tmp")
        data = open(path, "rb").read() if os.path.exists(path) else None
        verdict(data == CONTENT, "the file the guest wrote with writev holds %r (%r)" % (CONTENT, data))
        if data is not None:
            st = os.stat(path)
            verdict(seen.get("st_ino") == st.st_ino,
                    "the guest's st_ino is the file's (%s, host %d)" % (seen.get("st_ino"), st.st_ino))
            verdict(seen.get("st_mtime") == int(st.st_mtime),
                    "the guest's st_mtime is the file's (%s, host %d)"
                    % (seen.get("st_mtime"), int(st.st_mtime)))
            verdict(st.st_mode & 0o777 == 0o600 & ~current_umask(),
                    "the file's mode is the guest's 0600 (less the umask): %o" % (st.st_mode & 0o777))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("wali-guest: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def current_umask():
    m = os.umask(0)
    os.umask(m)
    return m


if __name__ == "__main__":
    sys.exit(main())
