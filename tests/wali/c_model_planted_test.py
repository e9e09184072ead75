#!/usr/bin/env python3
"""The C-model check must catch what the native ABI check catches.

Runs c_model_check.py, under WALI's data model, on the native ABI check's
planted crate (tests/abi/planted: a wrong constant, swapped field offsets,
a wrong alias size and signedness, fields of the wrong signedness and kind,
an array of the wrong element kind, wrong prototypes, a function musl lacks,
a wrong value only the second translation unit declares), and asserts that
exactly those errors are reported, as tests/abi/planted_test.py expects
them natively. (The planted crate gets a cargo target directory of its own:
it is named `libc` too, and its rustdoc JSON must never stand in for the
real crate's.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "abi"))
sys.path.insert(0, os.path.join(REPO, "tests"))
from planted_test import EXPECTED as NATIVE_EXPECTED  # noqa: E402
from verdicts import Verdicts, run_planted  # noqa: E402

# All the native check's planted errors but the system call wrappers', whose
# prototypes are held to glibc's and the kernel's declarations by the native
# check alone (abi_check.py --wrappers-only; WALI has no glibc).
EXPECTED = {what: needle for what, needle in NATIVE_EXPECTED.items()
            if "system call wrapper" not in what}
WRAPPERS = [needle for what, needle in NATIVE_EXPECTED.items() if what not in EXPECTED]


def main():
    rc, lines = run_planted(
        [sys.executable, os.path.join(HERE, "c_model_check.py"), "--crate",
         os.path.join(REPO, "tests", "abi", "planted"), "--target-dir",
         os.path.join(REPO, "target", "wali-abi-planted")])
    reported = [l for l in lines if l.startswith("MISMATCH")]
    verdict = Verdicts("c-model-planted-errors")

    verdict(rc == 1, "the check exits 1 on mismatches (got %d)" % rc)
    for what, needle in EXPECTED.items():
        verdict(any(needle in l for l in reported), "caught: " + what)
    # One line per planted error, except the wrong macro mirror, which is
    # wrong for several of the sample arguments (one line each).
    unexplained = [l for l in reported if not any(n in l for n in EXPECTED.values())
                   and " WEXITSTATUS value(" not in l]
    verdict(not any(n in l for n in WRAPPERS for l in reported),
            "the wrappers are left to the native check")
    verdict(not unexplained, "nothing but the planted errors reported (%d lines, %s)"
            % (len(reported), "; ".join(unexplained) or "all planted"))
    summary = [l for l in lines if l.startswith("c-model wasm32-wali-linux-musl:")]
    verdict(bool(summary) and " %d mismatches" % len(reported) in summary[0],
            "summary counts every reported mismatch (%d)" % len(reported))
    verdict.finish()


if __name__ == "__main__":
    main()
