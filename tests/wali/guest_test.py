#!/usr/bin/env python3
"""A real run of the crate on wasm32-wali-linux-musl.

Builds tests/wali/guest (a `#![no_std]` module that makes Linux system
calls through this crate's WALI imports, types and constants alone) for
wasm32-wali-linux-musl, runs it under ci/wali_host.py (wasmtime, the
imports forwarded to this machine's kernel, every call traced) in a fresh
directory, and checks:

  - the exit status the guest chose (42: its own checks all held);
  - every system call the guest reports (`call NAME = RESULT`) is the one
    the host carried out, in the same order and with the same result (the
    host's trace, less the guest's own writes to stdout), and there are at
    least MIN_CALLS distinct ones;
  - every value the guest read that the host can see for itself
    (`value KEY N`, `text KEY S`) against the host's view: its pid, parent,
    uid/gid, process group and session, groups, uname, working directory,
    clocks, resource limits, memory, umask, CPUs, process name, file
    system, and the files and directory it left behind (inode, size, mode,
    modification time, links, contents, the symbolic link's target, the
    directory's entries);
  - the host refuses what it cannot carry out, naming the call: a module
    importing `mmap` and a C function is not run, and `fcntl(F_GETLK)` (a
    pointer in a scalar argument) stops the module.

Run it with the Python that has the `wasmtime` wheel (ci/setup.sh puts it in
$LIBC_CI_VENV). Prints `wali-guest: N passed, M failed`; exits 1 on any
failure, and skips (exit 0, saying why) only on a host that is not x86_64
Linux.
"""
import ctypes
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from layout_check import TARGET, build_env, run  # noqa: E402
from verdicts import Verdicts  # noqa: E402

EXPECTED_STATUS = 42
MIN_CALLS = 40
CONTENT = b"hello, Wali"  # written, patched with pwrite64, truncated to 11
MTIME = 1_000_000_000  # what the guest's utimensat sets
LINK_TARGET = "../wali-guest.tmp"
U64 = (1 << 64) - 1


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
    work = os.path.realpath(tempfile.mkdtemp(prefix="wali-guest-"))
    verdict = Verdicts("wali-guest")

    try:
        env = dict(os.environ, WALI_HOST_TRACE="1")
        p = subprocess.Popen([sys.executable, os.path.join(REPO, "ci", "wali_host.py"), wasm],
                             cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
        out, err = p.communicate(timeout=120)
        trace = []
        for line in err.splitlines():
            m = re.match(r"wali-host: trace (\w+)\((.*)\) = (-?\d+)$", line)
            if m:
                # The guest's own output: writes to fd 1.
                if not (m.group(1) == "write" and m.group(2).startswith("1,")):
                    trace.append((m.group(1), int(m.group(3))))
            else:
                print("  [host] " + line)
        for line in out.splitlines():
            if line.startswith(("check ", "wali guest")):
                print("  [guest] " + line)
        calls = [(m.group(1), int(m.group(2)))
                 for m in re.finditer(r"^call (\w+) = (-?\d+)$", out, re.M)]
        values = {m.group(1): int(m.group(2))
                  for m in re.finditer(r"^value (\w+) (-?\d+)$", out, re.M)}
        texts = {}
        for m in re.finditer(r"^text (\w+) (.*)$", out, re.M):
            texts.setdefault(m.group(1), []).append(m.group(2))
        checks = re.findall(r"^check \d+ .*: -?\d+ (ok|FAILED)$", out, re.M)

        verdict(p.returncode == EXPECTED_STATUS,
                "exit status %d seen by the host (expected %d)" % (p.returncode, EXPECTED_STATUS))
        verdict(checks and "FAILED" not in checks and "wali guest: all checks passed" in out,
                "the guest's %d own checks passed" % len(checks))
        same = calls == trace
        if not same:
            for i, (g, h) in enumerate(zip(calls, trace)):
                if g != h:
                    print("  first difference at call %d: guest %s, host %s" % (i, g, h))
                    break
        verdict(same, "the guest's %d system calls are the host's, in order, with the same results"
                % len(calls))
        names = sorted({n for n, _ in calls})
        verdict(len(names) >= MIN_CALLS, "%d distinct system calls (at least %d): %s"
                % (len(names), MIN_CALLS, " ".join(names)))

        def same_value(key, host, what=None, mask=None):
            got = values.get(key)
            if mask is not None and got is not None:
                got, host = got & mask, host & mask
            verdict(got == host, "%s: guest %s, host %s" % (what or key, got, host))

        def same_text(key, host, what=None):
            got = texts.get(key, [None])[0]
            verdict(got == host, "%s: guest %r, host %r" % (what or key, got, host))

        same_value("pid", p.pid, "getpid is the host process's pid")
        same_value("ppid", os.getpid(), "getppid is the host's parent (this test)")
        same_value("uid", os.getuid())
        same_value("euid", os.geteuid())
        same_value("gid", os.getgid())
        same_value("egid", os.getegid())
        same_value("pgid", os.getpgrp(), "getpgid(0) is the process group")
        same_value("sid", os.getsid(0), "getsid(0) is the session")
        same_value("ngroups", len(os.getgroups()), "getgroups' count")
        u = os.uname()
        for k in ("sysname", "nodename", "release", "machine"):
            same_text(k, getattr(u, k), "uname's " + k)
        same_text("cwd", work, "getcwd is the host's working directory")
        same_text("cwd_in_dir", os.path.join(work, "wali-dir"), "getcwd after chdir")
        now = time.time()
        for k in ("realtime", "timeofday"):
            got = values.get(k)
            verdict(got is not None and abs(got - now) < 120,
                    "%s within 2 minutes of the host's clock: %s, host %d" % (k, got, now))
        same_value("monotonic_res_ns", round(time.clock_getres(time.CLOCK_MONOTONIC) * 1e9),
                   "clock_getres(CLOCK_MONOTONIC)")
        nofile = resource.getrlimit(resource.RLIMIT_NOFILE)
        same_value("nofile_cur", nofile[0], "RLIMIT_NOFILE soft", U64)
        same_value("nofile_max", nofile[1], "RLIMIT_NOFILE hard", U64)
        same_value("stack_cur", resource.getrlimit(resource.RLIMIT_STACK)[0],
                   "prlimit64's RLIMIT_STACK soft", U64)
        page = os.sysconf("SC_PAGE_SIZE")
        ram = os.sysconf("SC_PHYS_PAGES") * page
        got = values.get("totalram_bytes")
        verdict(got is not None and abs(got - ram) < page,
                "sysinfo's total RAM: guest %s, host %d" % (got, ram))
        same_value("umask", current_umask(), "umask")
        same_value("cpus", len(os.sched_getaffinity(0)), "CPUs in sched_getaffinity's mask")
        same_text("comm", os.path.basename(sys.executable)[:15], "prctl(PR_GET_NAME)")
        libc = ctypes.CDLL(None)
        same_value("dumpable", libc.prctl(3, 0, 0, 0, 0), "prctl(PR_GET_DUMPABLE)")
        vfs = os.statvfs(work)
        same_value("f_bsize", vfs.f_bsize, "statfs' f_bsize")
        same_value("f_blocks", vfs.f_blocks, "statfs' f_blocks")

        path = os.path.join(work, "wali-guest.tmp")
        data = open(path, "rb").read() if os.path.exists(path) else None
        verdict(data == CONTENT, "the file the guest wrote, patched and truncated holds %r (%r)"
                % (CONTENT, data))
        if data is not None:
            st = os.stat(path)
            same_value("st_ino", st.st_ino, "the file's inode")
            same_value("st_size", st.st_size, "the file's size")
            same_value("st_mode", st.st_mode & 0o7777, "the file's mode (fchmod 0640)")
            same_value("st_nlink", st.st_nlink, "the file's links (linkat)")
            same_value("st_mtime", int(st.st_mtime), "the file's mtime (utimensat)")
            verdict(st.st_mtime == MTIME, "the mtime is the guest's %d" % MTIME)
        d = os.path.join(work, "wali-dir")
        host_entries = sorted(os.listdir(d) + [".", ".."]) if os.path.isdir(d) else None
        verdict(sorted(texts.get("dirent", [])) == host_entries,
                "getdents64's entries: guest %s, host %s" % (sorted(texts.get("dirent", [])),
                                                             host_entries))
        link = os.path.join(d, "link")
        target = os.readlink(link) if os.path.islink(link) else None
        verdict(target == LINK_TARGET, "the symbolic link points to %r (%r)" % (LINK_TARGET, target))
        hard = os.path.join(d, "hard2")
        verdict(os.path.exists(hard) and data is not None
                and os.stat(hard).st_ino == os.stat(path).st_ino,
                "the renamed hard link is the file")
        verdict(not os.path.lexists(os.path.join(d, "gone"))
                and not os.path.lexists(os.path.join(d, "gone-dir"))
                and not os.path.lexists(os.path.join(d, "hard")),
                "what the guest removed or renamed is gone")

        # What the host cannot carry out is refused, naming the call: before
        # the run for an import, during it for a command.
        for wat, status, needles, what in REFUSALS:
            path = os.path.join(work, "refused.wat")
            with open(path, "w") as f:
                f.write(wat)
            r = subprocess.run([sys.executable, os.path.join(REPO, "ci", "wali_host.py"), path],
                               cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, timeout=60)
            for line in r.stdout.splitlines():
                print("  [host] " + line)
            verdict(r.returncode == status and all(n in r.stdout for n in needles),
                    "%s (status %d)" % (what, r.returncode))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return verdict.summary()


# Modules (WAT) the host must refuse: (text, exit status, what its message
# names, what is tested).
REFUSALS = [
    ("""(module
  (import "wali" "SYS_mmap" (func (param i32 i32 i32 i32 i32 i64) (result i64)))
  (import "wali" "SYS_getpid" (func (result i64)))
  (import "env" "printf" (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")))
""", 2, ["refused wali.SYS_mmap:", "refused env.printf:", "not run"],
     "a module importing mmap and a C function is refused before it runs, naming both"),
    # fcntl(0, F_GETLK, ...): its argument would be a struct flock pointer.
    ("""(module
  (import "wali" "SYS_fcntl" (func $fcntl (param i32 i32 i64) (result i64)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $fcntl (i32.const 0) (i32.const 5) (i64.const 64)))))
""", 2, ["refused: fcntl: command 5"], "fcntl(F_GETLK) is refused while running, naming it"),
]


def current_umask():
    m = os.umask(0)
    os.umask(m)
    return m


if __name__ == "__main__":
    sys.exit(main())
