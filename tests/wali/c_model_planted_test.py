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
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "abi"))
from planted_test import EXPECTED  # noqa: E402


def main():
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "c_model_check.py"), "--crate",
         os.path.join(REPO, "tests", "abi", "planted"), "--target-dir",
         os.path.join(REPO, "target", "wali-abi-planted")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in r.stdout.splitlines():
        print("  [planted crate] " + line)
    lines = [l.strip() for l in r.stdout.splitlines()]
    reported = [l for l in lines if l.startswith("MISMATCH")]
    passed = failed = 0

    def verdict(ok, what):
        nonlocal passed, failed
        print("%s: %s" % ("ok" if ok else "FAILED", what))
        if ok:
            passed += 1
        else:
            failed += 1

    verdict(r.returncode == 1, "the check exits 1 on mismatches (got %d)" % r.returncode)
    for what, needle in EXPECTED.items():
        verdict(any(needle in l for l in reported), "caught: " + what)
    verdict(len(reported) == len(EXPECTED),
            "nothing but the planted errors reported (%d reported)" % len(reported))
    summary = [l for l in lines if l.startswith("c-model ")]
    verdict(bool(summary) and " %d mismatches" % len(EXPECTED) in summary[0],
            "summary counts %d mismatches" % len(EXPECTED))
    print("c-model-planted-errors: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
