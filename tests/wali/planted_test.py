#!/usr/bin/env python3
"""The WALI layout check must catch what it exists to catch.

Runs layout_check.py on tests/wali/planted, a stand-in crate with known
errors (struct fields at swapped offsets, a field of the wrong size, a
public field the specification lacks, padding made public, an alias of the
wrong size and one of the wrong signedness, a wrong SYS_ number, an import
with the wrong wasm signature, an auxiliary import with the wrong one, one
bound to another call's import and one from another module) next to right items, and asserts that exactly the
planted errors are reported.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from verdicts import Verdicts, run_planted  # noqa: E402

# Each planted error, and every line the check must print for it.
EXPECTED = {
    "wrong field offsets (timespec's fields swapped)": [
        "timespec.tv_sec offset: spec 0, crate 8",
        "timespec.tv_nsec offset: spec 8, crate 0"],
    "wrong field size (rlimit.rlim_max)": ["rlimit.rlim_max size: spec 8, crate 4"],
    "a field the spec lacks (stack_t.ss_extra)": [
        "stack_t size: spec 12, crate 16",
        "stack_t.ss_extra: a public field the spec's stack_t does not have (offset 12)"],
    "padding made public (msghdr.__pad1)": [
        "msghdr.pad1 (private padding, offset 16 size 4) overlaps public field __pad1",
        "msghdr.__pad1: a public field the spec's struct msghdr does not have (offset 16)"],
    "wrong alias size (off_t)": [
        "alias off_t (off_t) size: spec 8, crate 4",
        "alias off_t (off_t) align: spec 8, crate 4"],
    "wrong alias signedness (clockid_t)": [
        "alias clockid_t (clockid_t) signedness: spec signed, crate unsigned"],
    "wrong system call number (SYS_write)": ["SYS_write: spec (x86_64) 1, crate 2"],
    "wrong import signature (lseek's offset)": [
        "import wali.SYS_lseek signature: spec (i32, i64, i32) -> (i64), crate (i32, i32, i32) -> (i64)"],
    "bound to another call's import (close as SYS_dup)": [
        "__syscall_SYS_close: imports 'SYS_dup', the spec's import for it is 'SYS_close'",
        "__syscall_SYS_close: bound, but the module does not import SYS_close"],
    "wrong auxiliary import signature (__cl_get_argv_len's result)": [
        "import wali.__cl_get_argv_len signature: spec (i32) -> (i32), crate (i32) -> (i64)"],
    "imported from another module (getpid from env)": [
        "__syscall_SYS_getpid: imported from module 'env', not 'wali'",
        "import env.SYS_getpid: not from module wali"],
}


def main():
    # The checker's report on the planted crate, but the long list of what it
    # lacks.
    rc, lines = run_planted(
        [sys.executable, os.path.join(HERE, "layout_check.py"), "--crate",
         os.path.join(HERE, "planted")],
        show=lambda line: not line.startswith(("absent ", "unbound ")))
    reported = [l[len("MISMATCH "):] for l in lines if l.startswith("MISMATCH ")]
    verdict = Verdicts("wali-planted-errors")

    verdict(rc == 1, "the check exits 1 on mismatches (got %d)" % rc)
    expected = [n for needles in EXPECTED.values() for n in needles]
    for what, needles in EXPECTED.items():
        verdict(all(any(l.startswith(n) for l in reported) for n in needles), "caught: " + what)
    stray = [l for l in reported if not any(l.startswith(n) for n in expected)]
    verdict(not stray and len(reported) == len(expected),
            "nothing but the planted errors reported (%d reported, %d expected%s)"
            % (len(reported), len(expected), "; also: " + "; ".join(stray) if stray else ""))
    summary = [l for l in lines if l.startswith("wali-layout ")]
    verdict(bool(summary) and summary[0].endswith(" %d mismatches" % len(expected)),
            "summary counts %d mismatches" % len(expected))
    verdict.finish()


if __name__ == "__main__":
    main()
