"""What the project's Python self-tests share, written once: a tally of
verdicts that prints each one and ends with the line the runners read
('NAME: N passed, M failed'), and a checker run on a planted crate whose
report is shown marked as the planted crate's, so that nobody takes its
mismatches for the real crate's. Used by tests/abi/planted_test.py and
tests/wali/{planted_test,c_model_planted_test,guest_test,user_test}.py.
"""
import subprocess
import sys


class Verdicts:
    def __init__(self, name):
        self.name = name
        self.passed = self.failed = 0

    def __call__(self, ok, what):
        """Records one verdict and prints it; returns `ok`."""
        print("%s: %s" % ("ok" if ok else "FAILED", what))
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def summary(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
        return 1 if self.failed else 0

    def finish(self):
        sys.exit(self.summary())


def run_planted(argv, env=None, show=lambda line: True):
    """Runs a checker on a planted crate; prints its report (the lines `show`
    keeps) marked as the planted crate's. Returns the exit code and the
    report's lines, stripped."""
    r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines = [l.strip() for l in r.stdout.splitlines()]
    for line in r.stdout.splitlines():
        if show(line.strip()):
            print("  [planted crate] " + line)
    return r.returncode, lines
