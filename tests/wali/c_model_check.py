#!/usr/bin/env python3
"""The crate on wasm32-wali-linux-musl against musl's headers under WALI's
data model.

WALI's specification covers the system call interface (layout_check.py);
the rest of the crate is musl's API, for which WALI's own libc (wali-musl)
is not available here. This check compares every item with a model of it:
musl 1.2.5's headers with x86_64's architecture files (WALI passes the
x86_64 kernel's numbers and layouts through), compiled by clang for WALI's
own target, `wasm32-linux-muslwali` (4-byte pointers, 8-byte `long`, 16-byte
`long double`), where `<bits/alltypes.h>`'s `_Addr` is `int` (so `size_t` is
the specification's `unsigned int`, and `ssize_t`, `ptrdiff_t`, `intptr_t`
and `regoff_t` follow), `<bits/stdint.h>`'s pointer limits are 32-bit and
`<sys/epoll.h>` packs `struct epoll_event` as the specification does (musl
does it for `__x86_64__` only); the kernel's own headers are seen as on
x86_64.

It reuses the native ABI check (tests/abi/abi_check.py: its headers.txt,
c_names.txt, c_exprs.txt and skips.txt, its C and Rust probes, its
translation units) for everything but the toolchain: the C probe is
compiled to a wasm object by the `ziglang` wheel's clang, the Rust probe to
a wasm object by rustc, and both value tables are read from the objects'
symbol tables (nothing is linked: there is no WALI libc to link against,
and nothing runs). So every struct and union (size, alignment, every public
field's offset, size and kind), every alias (size and kind), every
constant's value and every function's prototype (C must accept a pointer to
the function under the crate's prototype, so each parameter's and the
return type's size, signedness and kind count) are checked as on the native
targets, under WALI's type sizes. `__syscall_SYS_*` and the auxiliary
imports (`__cl_get_argc`, `__proc_exit`, ...) are WALI's imports, not C's:
layout_check.py checks them against the specification.

Prints `c-model wasm32-wali-linux-musl: N checked, M mismatches, K skipped`
and exits 1 on any mismatch.

Usage: c_model_check.py [-v] [--crate DIR] [--target-dir DIR]
"""
import argparse
import json
import os
import re
import struct
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "abi"))
sys.path.insert(0, HERE)
import abi_check  # noqa: E402
from layout_check import TARGET, Reader, build_env  # noqa: E402

# Constants the crate has only on this target, and their C spelling.
C_EXPRS = {"SYS_fadvise": "SYS_fadvise64"}


def zig_lib():
    py = os.environ.get("LIBC_CI_PY", sys.executable)
    out = subprocess.run([py, "-c", "import ziglang, os; print(os.path.dirname(ziglang.__file__))"],
                         stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    return os.path.join(out, "lib")


def wali_headers(zlib, out):
    """The headers that make x86_64's musl headers WALI's: its data model,
    the packed `struct epoll_event` that its specification gives (musl packs
    it for `__x86_64__` only), no x86 port I/O, and musl's generic
    `<bits/fenv.h>` (wasm has no floating-point environment)."""
    inc = os.path.join(zlib, "libc", "include")
    bits = os.path.join(out, "wali-include", "bits")
    os.makedirs(bits, exist_ok=True)
    src = open(os.path.join(inc, "x86_64-linux-musl", "bits", "alltypes.h")).read()
    if "#define _Addr long\n" not in src:
        abi_check.die("x86_64's bits/alltypes.h no longer defines _Addr as long")
    with open(os.path.join(bits, "alltypes.h"), "w") as f:
        f.write("/* x86_64's, with WALI's 4-byte size_t (c_model_check.py). */\n"
                + src.replace("#define _Addr long\n", "#define _Addr int\n"))
    src = open(os.path.join(inc, "x86_64-linux-musl", "bits", "stdint.h")).read()
    wali = re.sub(r"(#define\s+(?:INTPTR|PTRDIFF)_(?:MIN|MAX)\s+)INT64_", r"\1INT32_", src)
    wali = re.sub(r"(#define\s+(?:UINTPTR|SIZE)_MAX\s+)UINT64_MAX", r"\1UINT32_MAX", wali)
    if wali.count("INT32_") - src.count("INT32_") != 6:
        abi_check.die("x86_64's bits/stdint.h no longer has the six 64-bit pointer limits")
    with open(os.path.join(bits, "stdint.h"), "w") as f:
        f.write("/* x86_64's, with WALI's 32-bit pointer limits (c_model_check.py). */\n" + wali)
    with open(os.path.join(bits, "io.h"), "w") as f:
        f.write("/* x86_64's port I/O is inline x86 assembly, which wasm has not "
                "(c_model_check.py). */\n")
    # The kernel's __BITS_PER_LONG is the size of C's long, 64 under WALI;
    # x86's <asm/bitsperlong.h> would say 32 for anything but __x86_64__.
    asm = os.path.join(out, "wali-include", "asm")
    os.makedirs(asm, exist_ok=True)
    with open(os.path.join(asm, "bitsperlong.h"), "w") as f:
        f.write("/* WALI's long is 64 bits (c_model_check.py). */\n"
                "#ifndef __ASM_X86_BITSPERLONG_H\n#define __ASM_X86_BITSPERLONG_H\n"
                "#define __BITS_PER_LONG 64\n#include <asm-generic/bitsperlong.h>\n#endif\n")
    # WebAssembly has no floating-point exception flags and one rounding mode:
    # musl's generic <bits/fenv.h>, the one for architectures without them,
    # not x87's.
    src = open(os.path.join(zlib, "libc", "musl", "arch", "generic", "bits", "fenv.h")).read()
    with open(os.path.join(bits, "fenv.h"), "w") as f:
        f.write("/* musl's arch/generic: wasm has no floating-point environment "
                "(c_model_check.py). */\n" + src)
    src = open(os.path.join(inc, "generic-musl", "sys", "epoll.h")).read()
    if src.count("#ifdef __x86_64__\n") != 1:
        abi_check.die("sys/epoll.h no longer packs struct epoll_event under one #ifdef __x86_64__")
    os.makedirs(os.path.join(out, "wali-include", "sys"), exist_ok=True)
    with open(os.path.join(out, "wali-include", "sys", "epoll.h"), "w") as f:
        f.write("/* musl's, with struct epoll_event packed as WALI's specification has it "
                "(c_model_check.py). */\n"
                + src.replace("#ifdef __x86_64__\n", "#if defined(__x86_64__) || defined(__wasm32__)\n"))
    return os.path.join(out, "wali-include")


def clang(zlib, wali_inc):
    py = os.environ.get("LIBC_CI_PY", sys.executable)
    inc = os.path.join(zlib, "libc", "include")
    cmd = [py, "-m", "ziglang", "clang", "--target=wasm32-linux-muslwali", "-nostdinc"]
    for d in (wali_inc, os.path.join(zlib, "include"), os.path.join(inc, "x86_64-linux-musl"),
              os.path.join(inc, "generic-musl"), os.path.join(inc, "x86-linux-any"),
              os.path.join(inc, "any-linux-any"), abi_check.kernel_internal_include()):
        cmd += ["-isystem", d]
    return cmd


class WasmObject:
    """Just enough of a relocatable wasm object (its data section and its
    `linking` symbol table) to fetch the bytes of a defined data symbol."""

    def __init__(self, path):
        data = open(path, "rb").read()
        if data[:8] != b"\0asm\x01\0\0\0":
            abi_check.die(path + " is not a wasm object")
        r = Reader(data, 8)
        segments, self.symbols = [], {}
        linking = None
        while r.pos < len(data):
            sid, size = r.byte(), r.uleb()
            s = Reader(data, r.pos, r.pos + size)
            r.pos += size
            if sid == 11:
                for _ in range(s.uleb()):
                    flags = s.uleb()
                    if flags == 2:
                        s.uleb()
                    if flags in (0, 2):
                        s.const_expr()
                    n = s.uleb()
                    segments.append(data[s.pos:s.pos + n])
                    s.pos += n
            elif sid == 0 and s.name() == "linking":
                linking = s
        if linking is None:
            abi_check.die(path + " has no linking section")
        s = linking
        s.uleb()  # version
        while s.pos < s.end:
            kind, size = s.byte(), s.uleb()
            end = s.pos + size
            if kind == 8:  # WASM_SYMBOL_TABLE
                for _ in range(s.uleb()):
                    skind, flags = s.byte(), s.uleb()
                    undefined = flags & 0x10
                    if skind == 1:  # data
                        name = s.name()
                        if not undefined:
                            seg, off, n = s.uleb(), s.uleb(), s.uleb()
                            self.symbols[name] = segments[seg][off:off + n]
                    elif skind == 3:  # section
                        s.uleb()
                    else:
                        s.uleb()
                        if not undefined or flags & 0x40:
                            s.name()
            s.pos = end

    def bytes(self, symbol):
        if symbol not in self.symbols:
            abi_check.die("symbol %s not found in the probe" % symbol)
        return self.symbols[symbol]

    def u64s(self, symbol, count):
        return list(struct.unpack_from("<%dQ" % count, self.bytes(symbol)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crate", default=REPO)
    ap.add_argument("--target-dir", default=os.path.join(REPO, "target", "wali"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    crate_dir = os.path.abspath(args.crate)
    tdir = os.path.abspath(args.target_dir)
    out = os.path.join(tdir, "c-model")
    os.makedirs(out, exist_ok=True)
    env = build_env(tdir)

    config = abi_check.Config(TARGET)
    config.c_exprs.update(C_EXPRS)
    r = abi_check.run(["cargo", "+nightly", "rustdoc", "-q", "-Zbuild-std=core", "--lib",
                       "--target", TARGET, "--manifest-path", os.path.join(crate_dir, "Cargo.toml"),
                       "--target-dir", tdir, "--", "-Zunstable-options", "--output-format", "json"],
                      env=env)
    if r.returncode:
        abi_check.die("rustdoc failed:\n" + r.stdout)
    package = tomllib.load(open(os.path.join(crate_dir, "Cargo.toml"), "rb"))["package"]["name"]
    doc = os.path.join(tdir, TARGET, "doc", package.replace("-", "_") + ".json")
    crate = abi_check.Crate(json.load(open(doc)))
    # WALI's imports are the specification's, not C's (layout_check.py):
    # the system calls and the auxiliary imports (`__cl_get_argc`, ...).
    spec = json.load(open(os.environ.get("WALI_ABI_JSON", os.path.join(HERE, "wali-abi.json"))))
    aux = {f["import_name"] for f in spec["import_module"]["aux_imports"]["functions"]}
    imports = [(k, i) for k, i in crate.items
               if k == "function" and (i["name"].startswith("__syscall_SYS_") or i["name"] in aux)]
    crate.items = [(k, i) for k, i in crate.items if (k, i) not in imports]
    checks, fns, skipped, problems = abi_check.build_checks(crate, config,
                                                            abi_check.CTypes(crate, config))
    if problems:
        for p in problems:
            print("  unclassified: " + p)
        abi_check.die("%d items the checker cannot classify" % len(problems))
    structs = sorted(i["name"] for k, i in crate.items if k == "struct")
    unions = sorted(i["name"] for k, i in crate.items if k == "union")

    for name in os.listdir(out):
        if re.match(r"probe_\w+\.[co]$", name):
            os.remove(os.path.join(out, name))
    zlib = zig_lib()
    cc = clang(zlib, wali_headers(zlib, out))
    units, mismatches, unit_of = abi_check.compile_units(config, cc, out, checks, fns)

    all_checks = [ch for _, u_checks, _, _ in units for ch in u_checks]
    all_fns = [fn for _, _, u_fns, _ in units for fn in u_fns]
    probe_dir = os.path.join(out, "probe")
    abi_check.write_rust(probe_dir, crate_dir, all_checks, all_fns, structs, unions)
    rust_obj = os.path.join(out, "probe_rust.o")
    r = abi_check.run(["cargo", "+nightly", "rustc", "-q", "--release", "-Zbuild-std=core",
                       "--lib", "--manifest-path", os.path.join(probe_dir, "Cargo.toml"),
                       "--target", TARGET, "--target-dir", tdir, "--",
                       "--emit", "obj=" + rust_obj], env=env)
    if r.returncode:
        abi_check.die("Rust probe does not compile:\n" + r.stdout[-6000:])
    # The comparison loop is abi_check.py's; each unit has its own object.
    mismatches += abi_check.compare_values(units, len(all_checks), WasmObject(rust_obj),
                                           lambda unit: WasmObject(unit[3]))

    for m in mismatches:
        print("  MISMATCH %s: %s" % (TARGET, m))
    if args.verbose:
        for k, why in skipped:
            print("  skipped %s: %s" % (k, why))
    per_unit = {}
    for owner, unit in unit_of.items():
        per_unit[unit] = per_unit.get(unit, 0) + 1
    print("c-model %s: %d checked, %d mismatches, %d skipped (%d items, %d prototypes, %d WALI "
          "imports left to layout_check.py; items per translation unit: %s)"
          % (TARGET, len(checks) + len(fns), len(mismatches), len(skipped), len(crate.items),
             len(all_fns), len(imports),
             ", ".join("%s %d" % (u, per_unit.get(u, 0)) for u, _ in config.units)))
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    try:
        main()
    except abi_check.CheckError as e:
        print("c-model %s: could not run: %s" % (TARGET, e))
        sys.exit(2)
