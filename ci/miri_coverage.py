#!/usr/bin/env python3
"""Which of the crate's functions Miri runs: every function in src/ with a
Rust body that does not call into C (no musl function, no `syscall`) must be
called by name in tests/miri.rs or tests/safe_fns.rs, the two files
ci/miri.sh runs under Miri; and every safe one (no `unsafe`) in
tests/safe_fns.rs, which calls each at its argument types' edges. Prints the
counts (and with -v the names) and exits 1 naming any function missing.

A body "calls into C" when it calls a function the crate declares in an
`extern "C"` block (musl's symbols: `syscall`, `fstat`, ...); those (the
LFS64 names, the system call wrappers, SIGRTMIN/SIGRTMAX) run C code, which
Miri cannot, and are exercised natively and under qemu by the runtime tests.
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["tests/miri.rs", "tests/safe_fns.rs"]
FN = re.compile(r'\bpub (?:const )?(unsafe )?(?:extern "C" )?fn (\w+)\s*(?:<[^>]*>)?\(')


def body_at(src, i):
    """The text of the block starting at the first `{` or `;` from i, or
    None for a declaration (`;` first)."""
    j = i
    depth = 0
    while j < len(src):
        c = src[j]
        if c == ";" and depth == 0:
            return None
        if c == "{":
            depth += 1
            if depth == 1:
                start = j
        elif c == "}":
            depth -= 1
            if depth == 0:
                return src[start:j + 1]
        j += 1
    return None


def main():
    sources = {}
    for root, _, files in os.walk(os.path.join(REPO, "src")):
        for f in files:
            if f.endswith(".rs"):
                p = os.path.join(root, f)
                with open(p) as fh:
                    sources[os.path.relpath(p, REPO)] = fh.read()
    declared, bodies, safe = set(), {}, set()
    for path, src in sources.items():
        for m in FN.finditer(src):
            body = body_at(src, m.end())
            if body is None:
                declared.add(m.group(2))
            else:
                bodies.setdefault(m.group(2), (path, body))
                if not m.group(1):
                    safe.add(m.group(2))
    calls_c = {n for n, (_, b) in bodies.items()
               if any(re.search(r"\b%s\s*\(" % re.escape(d), b) for d in declared)}
    pure = sorted(set(bodies) - calls_c)
    text = ""
    for f in FILES:
        with open(os.path.join(REPO, f)) as fh:
            text += fh.read()
    missing = [n for n in pure
               if not re.search(r"(libc::%s\b|\.%s\()" % (re.escape(n), re.escape(n)), text)]
    print("miri coverage: %d functions with a Rust body, %d call into C, %d run under Miri "
          "(%s)" % (len(bodies), len(calls_c), len(pure) - len(missing), " and ".join(FILES)))
    if "-v" in sys.argv:
        print("  under Miri: " + ", ".join(n for n in pure if n not in missing))
        print("  calling C (not under Miri): " + ", ".join(sorted(calls_c)))
    for n in missing:
        print("  NOT COVERED: %s (%s): call it in %s" % (n, bodies[n][0], " or ".join(FILES)))
    # Every safe function is exercised at its edges by tests/safe_fns.rs
    # (README, "Safe functions", says why none can cause undefined behaviour).
    with open(os.path.join(REPO, "tests/safe_fns.rs")) as fh:
        edges = fh.read()
    untested = sorted(n for n in safe if not re.search(r"libc::%s\b" % re.escape(n), edges))
    print("safe functions: %d, each called in tests/safe_fns.rs" % len(safe)
          if not untested else "safe functions: %d" % len(safe))
    for n in untested:
        print("  NOT AT ITS EDGES: %s (%s): a safe function; call it in tests/safe_fns.rs"
              % (n, bodies[n][0]))
    sys.exit(1 if missing or untested else 0)


if __name__ == "__main__":
    main()
