#!/usr/bin/env python3
"""The ABI check must catch what it exists to catch.

Runs abi_check.py on tests/abi/planted, a stand-in crate with known errors
(a wrong constant value, swapped field offsets, a wrong alias size and
signedness, a field of the wrong signedness, one of the wrong kind, an
array of the wrong element kind, wrong function prototypes: a parameter's
size, signedness and kind, a return type; a function musl lacks, a
wrong constant that only the second translation unit declares, a C macro
mirrored wrongly by a `const fn`, a Rust stand-in for a C function
with the wrong prototype, and two system call wrappers with an argument of
the wrong type, one held to glibc's declaration, one to the kernel's) next to
right items, and asserts that exactly the planted errors are reported, and
that the items only the second translation unit declares are checked there.
It also gives glibc.txt's check transcriptions that differ from glibc's
headers, and a macro glibc lacks, and asserts that each is reported.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from verdicts import Verdicts, run_planted  # noqa: E402
TARGET = "x86_64-unknown-linux-musl"

EXPECTED = {
    "wrong constant value": "O_EXCL value: C 128",
    "wrong field offset (tv_sec)": "timespec.tv_sec offset: C 0",
    "wrong field offset (tv_nsec)": "timespec.tv_nsec offset: C 8",
    "wrong alias size": "pid_t size: C 4",
    "wrong alias signedness": "gid_t kind: C unsigned integer, Rust signed integer",
    "wrong field signedness": "rlimit.rlim_max kind: C unsigned integer, Rust signed integer",
    "wrong field kind (integer for a pointer)": "iovec.iov_base kind: C pointer, Rust unsigned",
    "wrong array element kind": "sigset_t.__bits kind: C array[16] of unsigned integer, "
                                "Rust array[16] of floating point",
    "wrong function prototype (parameter size)": "close: prototype differs from C",
    "wrong parameter signedness": "dup: prototype differs from C",
    "pointer parameter where C has an integer": "dup2: prototype differs from C",
    "wrong return type": "getpid: prototype differs from C",
    "function musl lacks": "musl_has_no_such_function: prototype differs from C",
    "wrong value in the second translation unit": "F_DUPFD_QUERY value: C 1027",
    "a C macro mirrored wrongly (const fn)": "WEXITSTATUS value(0xffff): C 255",
    "a Rust stand-in with the wrong prototype": "lseek64: prototype differs from C",
    "a system call wrapper with glibc's prototype wrong (argument type)":
        "pidfd_getfd: prototype differs from glibc's",
    "a system call wrapper with the kernel's prototype wrong (argument type)":
        "kcmp argument 4: the crate's unsigned int is not the kernel's unsigned long",
}


def main():
    rc, lines = run_planted(
        [sys.executable, os.path.join(HERE, "abi_check.py"), "-v", "--crate",
         os.path.join(HERE, "planted"), "--out",
         os.path.join(REPO, "target", "abi-planted", "out"), TARGET],
        # Its own cargo target directory: the planted crate is also named
        # `libc`, and its rustdoc JSON must never stand in for the real one.
        env=dict(os.environ, ABI_CARGO_TARGET_DIR=os.path.join(REPO, "target", "abi-planted")))
    reported = [l for l in lines if l.startswith("MISMATCH")]
    verdict = Verdicts("planted-errors")

    verdict(rc == 1, "the check exits 1 on mismatches (got %d)" % rc)
    for what, needle in EXPECTED.items():
        verdict(any(needle in l for l in reported), "caught: " + what)
    # One line per planted error, except the wrong macro mirror, which is
    # wrong for several of the sample arguments (one line each).
    unexplained = [l for l in reported if not any(n in l for n in EXPECTED.values())
                   and " WEXITSTATUS value(" not in l]
    # The right wrappers are checked too (two against each source).
    verdict(any("system call wrappers against glibc 2, against the kernel 2" in l for l in lines),
            "system call wrappers checked: 2 against glibc, 2 against the kernel")
    verdict(not unexplained, "nothing but the planted errors reported (%d lines, %s)"
            % (len(reported), "; ".join(unexplained) or "all planted"))
    summary = [l for l in lines if l.startswith("abi-check %s:" % TARGET)]
    verdict(bool(summary) and " %d mismatches" % len(reported) in summary[0],
            "summary counts every reported mismatch (%d)" % len(reported))
    # Only <linux/fcntl.h> declares AT_HANDLE_FID and F_DUPFD_QUERY (the
    # second unit); no unit declares musl_has_no_such_function, so the last
    # one checks it (and reports it).
    in_linux = sorted(l.split(": ", 1)[1] for l in lines
                      if l.startswith("checked in translation unit linux: "))
    verdict(in_linux == ["AT_HANDLE_FID", "F_DUPFD_QUERY"],
            "checked in the second translation unit: what only it declares (%s)"
            % ", ".join(in_linux))
    units = [l.split("]")[0][1:] for l in open(os.path.join(HERE, "headers.txt"))
             if l.startswith("[")]
    in_last = [l for l in lines if l == "checked in translation unit %s: musl_has_no_such_function"
               % units[-1]]
    verdict(len(in_last) == 1,
            "a name no unit declares is checked in the last unit, [%s]" % units[-1])
    # glibc.txt's check: a transcription that differs from glibc's header,
    # in a value and in a macro body, and a macro glibc does not define.
    sys.path.insert(0, HERE)
    import abi_check
    cc = abi_check.zig_cc(abi_check.glibc_target(abi_check.ZIG_TARGETS[TARGET]))
    n, found = abi_check.check_glibc_sources(
        [("NI_IDN", "netdb.h", "NI_IDN"), ("W_STOPCODE", "sys/wait.h", "__W_STOPCODE"),
         ("TCP_COOKIE_TRANSACTIONS", "netinet/tcp.h", "TCP_COOKIE_TRANSACTIONS"),
         ("NO_SUCH", "netdb.h", "NO_SUCH_GLIBC_MACRO")],
        {"NI_IDN": "31", "TCP_COOKIE_TRANSACTIONS": "15", "NO_SUCH": "1"},
        [("W_STOPCODE", "sig", "((sig) << 8 | 0x7e)")], cc)
    for what, needle in [("a value glibc defines otherwise", "NI_IDN: c_exprs.txt has  31"),
                         ("a macro body glibc defines otherwise", "W_STOPCODE: c_exprs.txt has"),
                         ("a macro glibc does not define", "NO_SUCH: glibc's <netdb.h> defines no")]:
        verdict(any(f.startswith(needle) for f in found), "glibc.txt: caught: " + what)
    verdict(n == 4 and len(found) == 3,
            "glibc.txt: 4 checked, only the 3 planted reported (%s)" % "; ".join(found))
    verdict.finish()


if __name__ == "__main__":
    main()
