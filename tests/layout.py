#!/usr/bin/env python3
"""The source tree keeps the shape README.md's Layout section describes.

- Every file under src/ opens with a comment line naming what it mirrors:
  `//!` for a module's own file (lib.rs, the hub's generic/ and architecture
  modules), `//` for a file `include!`d into the crate root (an included
  file cannot hold inner attributes or docs).
- `target_arch` appears only in lib.rs (the supported-target gate), in the
  64-bit hub's one `cfg_if!` (musl/b64/mod.rs), which also picks the glibc
  branch's x86_64 or aarch64 file, and in the architecture modules
  (musl/b64/<arch>/).
- A module is named after its file, except where that name is also a type
  the crate defines (`struct stat` in `stat.rs`): such a module must be
  `<name>_h`, or the module would hide the type from the glob re-exports.
- Every .rs file is reached by exactly one `mod` declaration or `include!`.

Exits 1 and lists every breach.
"""
import os
import re
import sys

SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
HUB = os.path.join("unix", "linux_like", "linux", "musl", "b64")
ARCHES = ("x86_64", "aarch64", "riscv64", "powerpc64", "mips64", "s390x", "loongarch64", "wasm32")


def main():
    files = {}
    for d, _, names in os.walk(SRC):
        for n in names:
            if n.endswith(".rs"):
                p = os.path.join(d, n)
                files[os.path.relpath(p, SRC)] = open(p).read()
    bad = []
    types = set()
    for text in files.values():
        types.update(re.findall(r"\bpub (?:struct|union|type|enum) (\w+)", text))
    reached = {}
    for rel, text in sorted(files.items()):
        if not text.startswith("//"):
            bad.append("%s: does not open with a comment line naming its header" % rel)
        arch_ok = rel == "lib.rs" or rel == os.path.join(HUB, "mod.rs") or any(
            rel.startswith(os.path.join(HUB, a) + os.sep) for a in ARCHES)
        if "target_arch" in text and not arch_ok:
            bad.append("%s: names a target_arch outside the hub and the architecture modules" % rel)
        here = os.path.dirname(rel)
        for m in re.finditer(r'^\s*(?:#\[path = "([^"]+)"\]\s*)?(?:pub(?:\([^)]*\))? )?mod (?:r#)?(\w+);',
                             text, re.M):
            path, name = m.group(1), m.group(2)
            if name in types:
                bad.append("%s: module `%s` has the name of a type; call it `%s_h`" % (rel, name, name))
            if path:
                target = os.path.normpath(os.path.join(here, path))
            else:
                base = here if os.path.basename(rel) in ("mod.rs", "lib.rs") else os.path.join(
                    here, os.path.basename(rel)[:-3])
                a, b = os.path.join(base, name + ".rs"), os.path.join(base, name, "mod.rs")
                target = a if a in files else b
            if target not in files:
                bad.append("%s: `mod %s` has no file" % (rel, name))
            reached.setdefault(target, []).append(rel)
            if target in files and not files[target].startswith("//!"):
                bad.append("%s: a module's file opens with a `//!` line" % target)
        for m in re.finditer(r'^\s*include!\("([^"]+)"\);', text, re.M):
            target = os.path.normpath(os.path.join(here, m.group(1)))
            if target not in files:
                bad.append("%s: `include!(\"%s\")` has no file" % (rel, m.group(1)))
            elif files[target].startswith("//!"):
                bad.append("%s: an included file opens with `//`, not `//!`" % target)
            reached.setdefault(target, []).append(rel)
    for rel in files:
        if rel != "lib.rs" and rel not in reached:
            bad.append("%s: no `mod` or `include!` reaches it" % rel)
    # wasm32 shares x86_64's files through #[path]; anything else twice is a slip.
    for rel, who in reached.items():
        if len(who) > 1 and not all(os.path.join(HUB, "wasm32") in w or os.path.join(HUB, "x86_64") in w
                                    for w in who):
            bad.append("%s: reached %d times (%s)" % (rel, len(who), ", ".join(who)))
    for b in bad:
        print("layout: " + b)
    print("layout: %d files, %d problems" % (len(files), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
