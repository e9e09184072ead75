#!/usr/bin/env python3
"""ABI check of the crate against musl 1.2.5's and Linux's C headers.

For one target it:
  1. asks rustdoc (JSON) which public items the crate has on that target;
  2. writes a C probe (sizeof, _Alignof, offsetof, the size of every field,
     every constant's value, every typedef's size and signedness, and for
     every function a pointer initialised with the function under the
     prototype the crate declares) and a Rust probe (the same quantities
     from the crate, plus a pointer to every function);
  3. compiles the C probe with the zig cross compiler and the Rust probe
     with cargo for the target, links both statically against musl (so a
     function that musl does not define fails to link), and reads the two
     value tables out of the linked ELF file. No target code runs, so every
     native target is checked the same way, with or without qemu.

Anything the C compiler rejects (a missing constant or field, a function
whose prototype differs) is a mismatch too; so is a symbol that does not link.
It prints `<target>: N checked, M mismatches, K skipped` and exits 1 on any
mismatch. Skips are listed, each with its reason, in skips.txt beside this
file; an item that the checker cannot classify is an error, never a silent
skip.

Usage: abi_check.py [--crate DIR] [--out DIR] TARGET [TARGET ...]
"""

import argparse
import fnmatch
import json
import os
import re
import shutil
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Rust target -> zig target.
ZIG_TARGETS = {
    "x86_64-unknown-linux-musl": "x86_64-linux-musl",
    "aarch64-unknown-linux-musl": "aarch64-linux-musl",
    "riscv64gc-unknown-linux-musl": "riscv64-linux-musl",
    "powerpc64-unknown-linux-musl": "powerpc64-linux-musl",
    "powerpc64le-unknown-linux-musl": "powerpc64le-linux-musl",
    "mips64-unknown-linux-muslabi64": "mips64-linux-muslabi64",
    "mips64el-unknown-linux-muslabi64": "mips64el-linux-muslabi64",
    "s390x-unknown-linux-musl": "s390x-linux-musl",
    "loongarch64-unknown-linux-musl": "loongarch64-linux-musl",
}

# Rust's spelling of core::ffi's primitives -> C.
CORE_FFI = {
    "c_char": "char", "c_schar": "signed char", "c_uchar": "unsigned char",
    "c_short": "short", "c_ushort": "unsigned short", "c_int": "int",
    "c_uint": "unsigned int", "c_long": "long", "c_ulong": "unsigned long",
    "c_longlong": "long long", "c_ulonglong": "unsigned long long",
    "c_float": "float", "c_double": "double", "c_void": "void",
}
INT_PRIMS = {
    "i8": "int8_t", "i16": "int16_t", "i32": "int32_t", "i64": "int64_t",
    "u8": "uint8_t", "u16": "uint16_t", "u32": "uint32_t", "u64": "uint64_t",
    "isize": "intptr_t", "usize": "uintptr_t",
}
PRIMS = dict(INT_PRIMS, f32="float", f64="double", bool="_Bool")

# Rust field names that are C keywords or clash in Rust.
FIELD_RENAMES = {"type_": "type"}


class CheckError(Exception):
    """The check could not run to the end for one target."""


def die(msg):
    raise CheckError(msg)


class Config:
    """Reads headers.txt and skips.txt and the C spelling of type names."""

    def __init__(self, target):
        self.target = target
        self.arch = target.split("-")[0]
        self.headers = []
        self.c_names = {}
        self.skips = {}  # key -> reason
        for line in self._lines("headers.txt"):
            # `header` or `header  target-glob`
            parts = line.split()
            if len(parts) == 1 or fnmatch.fnmatch(target, parts[1]):
                self.headers.append(parts[0])
        self.c_fields = {}
        for line in self._lines("c_names.txt"):
            rust, c = line.split(None, 1)
            if "." in rust:
                self.c_fields[rust] = c.strip()
            else:
                self.c_names[rust] = c.strip()
        self.c_exprs = {}
        for line in self._lines("c_exprs.txt"):
            rust, c = line.split(None, 1)
            self.c_exprs[rust] = c.strip()
        for line in self._lines("skips.txt"):
            # `key  target-glob  reason`
            m = re.match(r"(\S+)\s+(\S+)\s+(.+)$", line)
            if not m:
                die("skips.txt: cannot read line: " + line)
            if fnmatch.fnmatch(target, m.group(2)):
                self.skips[m.group(1)] = m.group(3)

    @staticmethod
    def _lines(name):
        with open(os.path.join(HERE, name)) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    yield line

    def skip(self, key):
        return self.skips.get(key)


class Crate:
    """The public items of the crate, from rustdoc's JSON."""

    def __init__(self, doc):
        self.doc = doc
        self.index = doc["index"]
        self.paths = doc["paths"]
        self.by_name = {}
        self.items = []
        seen = set()
        for item in self.index.values():
            if item["crate_id"] != 0 or item["visibility"] != "public":
                continue
            kind = next(iter(item["inner"]))
            if kind in ("struct", "union", "constant", "type_alias", "function", "enum"):
                if kind == "function" and item["inner"]["function"]["has_body"]:
                    kind = "rust_fn"
                # Types and values are separate namespaces (`struct stat`
                # and `fn stat`); within one, names are unique.
                ns = "type" if kind in ("struct", "union", "type_alias", "enum") else "value"
                if (ns, item["name"]) in seen:
                    die("two public items named " + item["name"])
                seen.add((ns, item["name"]))
                if ns == "type":
                    self.by_name[item["name"]] = item
                self.items.append((kind, item))
        self.items.sort(key=lambda ki: (ki[0], ki[1]["name"]))

    def fields(self, item):
        inner = item["inner"]
        if "struct" in inner:
            kind = inner["struct"]["kind"]
            if "plain" not in kind:
                return None
            ids = kind["plain"]["fields"]
        else:
            ids = inner["union"]["fields"]
        return [self.index[str(i)] for i in ids]

    def external_path(self, ty_id):
        p = self.paths.get(str(ty_id))
        return p["path"] if p and p["crate_id"] != 0 else None

    def resolve_int(self, ty, depth=0):
        """Is this type an integer? (Through aliases of the crate and core::ffi.)"""
        if depth > 20:
            return False
        if "primitive" in ty:
            return ty["primitive"] in INT_PRIMS
        if "resolved_path" in ty:
            rp = ty["resolved_path"]
            ext = self.external_path(rp["id"])
            if ext is not None:
                return ext[-1] in CORE_FFI and ext[-1] not in ("c_float", "c_double", "c_void")
            target = self.index.get(str(rp["id"]))
            if target and "type_alias" in target["inner"]:
                return self.resolve_int(target["inner"]["type_alias"]["type"], depth + 1)
        return False

    def is_aggregate(self, ty, depth=0):
        """A struct or union of the crate (through its aliases)?"""
        if "resolved_path" not in ty or depth > 20:
            return False
        target = self.index.get(str(ty["resolved_path"]["id"]))
        if target is None:
            return False
        if "type_alias" in target["inner"]:
            return self.is_aggregate(target["inner"]["type_alias"]["type"], depth + 1)
        return "struct" in target["inner"] or "union" in target["inner"]

    def is_pointer(self, ty, depth=0):
        if "raw_pointer" in ty:
            return True
        if "resolved_path" in ty and depth < 20:
            target = self.index.get(str(ty["resolved_path"]["id"]))
            if target and "type_alias" in target["inner"]:
                return self.is_pointer(target["inner"]["type_alias"]["type"], depth + 1)
        return False


class CTypes:
    """Renders rustdoc types as C declarations."""

    def __init__(self, crate, config):
        self.crate = crate
        self.config = config

    def tag(self, name):
        """The C spelling of a crate struct/union/enum/alias name."""
        if name in self.config.c_names:
            return self.config.c_names[name]
        item = self.crate.by_name.get(name)
        if item is None or name.endswith("_t"):
            return name
        inner = item["inner"]
        if "type_alias" in inner:
            # `stat64` (musl: `#define stat64 stat`) is spelled `struct stat64`.
            ty = inner["type_alias"]["type"]
            if not self.crate.is_aggregate(ty):
                return name
            inner = self.crate.index[str(ty["resolved_path"]["id"])]["inner"]
        if "union" in inner:
            return "union " + name
        return "struct " + name

    def decl(self, ty, inner=""):
        """C declaration of `inner` with type `ty` (inner may be empty)."""
        sp = (" " + inner) if inner else ""
        if ty is None or ty == {"tuple": []}:
            return "void" + sp
        if "primitive" in ty:
            p = ty["primitive"]
            if p == "never":
                return "void" + sp
            if p not in PRIMS:
                raise ValueError("primitive " + p)
            return PRIMS[p] + sp
        if "raw_pointer" in ty:
            rp = ty["raw_pointer"]
            q = "" if rp["is_mutable"] else "const "
            pointee = rp["type"]
            star = "*" + inner
            if "array" in pointee or "function_pointer" in pointee:
                star = "(" + star + ")"
            if self._is_plain(pointee):
                return q + self.decl(pointee, star)
            # pointer to pointer: qualifier binds to the pointee's pointer
            return self.decl(pointee, "*" + (" const " if q else "") + inner)
        if "array" in ty:
            return self.decl(ty["array"]["type"], "%s[%s]" % (inner, ty["array"]["len"]))
        if "function_pointer" in ty:
            sig = ty["function_pointer"]["sig"]
            return self._fn(sig, "(*%s)" % inner)
        if "resolved_path" in ty:
            rp = ty["resolved_path"]
            name = rp["path"].split("::")[-1]
            if name == "Option" and rp["args"]:
                arg = rp["args"]["angle_bracketed"]["args"][0]["type"]
                if "function_pointer" in arg:
                    return self.decl(arg, inner)
                raise ValueError("Option of non-fn")
            ext = self.crate.external_path(rp["id"])
            if ext is not None:
                if ext[-1] in CORE_FFI:
                    return CORE_FFI[ext[-1]] + sp
                raise ValueError("external type " + "::".join(ext))
            return self.tag(name) + sp
        raise ValueError("type " + json.dumps(ty)[:80])

    def _is_plain(self, ty):
        return "raw_pointer" not in ty

    def _fn(self, sig, inner):
        args = [self.decl(t) for _, t in sig["inputs"]]
        if sig["is_c_variadic"]:
            args.append("...")
        if not args:
            args = ["void"]
        return self.decl(sig["output"], "%s(%s)" % (inner, ", ".join(args)))


class Check:
    """One compared quantity: C expression vs Rust expression."""

    def __init__(self, item, what, c_expr, rust_expr):
        self.item = item  # item name (or item.field)
        self.what = what  # "size", "align", "offset", "value", ...
        self.c_expr = c_expr
        self.rust_expr = rust_expr
        # For a constant of struct type: (C type, Rust type) whose bytes
        # are compared besides the size held in c_expr/rust_expr.
        self.value_type = None

    @property
    def label(self):
        return "%s %s" % (self.item, self.what)


def build_checks(crate, config, ctypes):
    checks, fns, skipped, problems = [], [], [], []
    for kind, item in crate.items:
        name = item["name"]
        reason = config.skip(name)
        if reason:
            skipped.append((name, reason))
            continue
        try:
            if kind in ("struct", "union"):
                c = ctypes.tag(name)
                checks.append(Check(name, "size", "sizeof(%s)" % c, "size_of::<%s>()" % name))
                checks.append(Check(name, "align", "_Alignof(%s)" % c, "align_of::<%s>()" % name))
                fields = crate.fields(item)
                if fields is None:
                    problems.append("%s: tuple or unit struct" % name)
                    continue
                for f in fields:
                    key = "%s.%s" % (name, f["name"])
                    reason = config.skip(key)
                    if reason:
                        skipped.append((key, reason))
                        continue
                    cf = config.c_fields.get(key, FIELD_RENAMES.get(f["name"], f["name"]))
                    checks.append(Check(key, "offset", "offsetof(%s, %s)" % (c, cf),
                                        "offset_of!(%s, %s)" % (name, f["name"])))
                    fty = f["inner"]["struct_field"]
                    if "array" in fty and fty["array"]["len"] == "0":
                        # A C flexible array member (`T x[];`): it has an
                        # offset but no size.
                        continue
                    checks.append(Check(key, "size", "sizeof(((%s *)0)->%s)" % (c, cf),
                                        "field_size!(%s, %s)" % (name, f["name"])))
            elif kind == "type_alias":
                ty = item["inner"]["type_alias"]["type"]
                c = ctypes.tag(name)
                checks.append(Check(name, "size", "sizeof(%s)" % c, "size_of::<%s>()" % name))
                if crate.resolve_int(ty):
                    checks.append(Check(name, "signed", "((%s)-1 < (%s)0)" % (c, c),
                                        "((0 as %s).wrapping_sub(1) < (0 as %s)) as usize"
                                        % (name, name)))
            elif kind == "constant":
                ty = item["inner"]["constant"]["type"]
                ct = ctypes.decl(ty)
                cname = name
                if name in config.c_exprs:
                    # No macro of that name in C: the value it stands for.
                    cname = config.c_exprs[name]
                elif name.startswith("SYS_"):
                    # The kernel's numbers newer than musl's table.
                    cname = "ABI_SYS(%s, __NR_%s)" % (name, name[4:])
                if crate.is_pointer(ty):
                    checks.append(Check(name, "value",
                                        "(unsigned long long)(uintptr_t)(%s)" % cname,
                                        "ptr_bits(%s)" % name))
                elif crate.resolve_int(ty):
                    checks.append(Check(name, "value", "(unsigned long long)(%s)(%s)" % (ct, cname),
                                        "%s as u64" % name))
                elif "resolved_path" in ty and ctypes.tag(ty["resolved_path"]["path"].split(
                        "::")[-1]) is not None and crate.is_aggregate(ty):
                    rt = ty["resolved_path"]["path"].split("::")[-1]
                    ch = Check(name, "value size", "sizeof(%s)" % ct, "size_of::<%s>()" % rt)
                    ch.value_type = (ct, rt)
                    checks.append(ch)
                else:
                    problems.append("%s: constant of a type the checker cannot compare" % name)
            elif kind == "function":
                sig = item["inner"]["function"]["sig"]
                fns.append((name, ctypes._fn(sig, "(*abi_fn_%s)" % name)))
            else:
                problems.append("%s: %s is not classified (list it in skips.txt)" % (name, kind))
        except ValueError as e:
            problems.append("%s: %s" % (name, e))
    return checks, fns, skipped, problems


C_PRELUDE = """\
#define _GNU_SOURCE 1
#define _LARGEFILE64_SOURCE 1
#define _DEFAULT_SOURCE 1
#define _BSD_SOURCE 1
%s
#include <stddef.h>
#include <stdint.h>
#define ABI_SYS(a, b) ABI_SYS_##a
"""


def write_c(path, config, checks, fns):
    lines = [C_PRELUDE % "\n".join("#include <%s>" % h for h in config.headers)]
    # SYS_x falls back to the kernel's __NR_x where musl's table stops.
    sys_names = sorted({re.search(r"ABI_SYS\((\w+), (\w+)\)", ch.c_expr).groups()
                        for ch in checks if "ABI_SYS(" in ch.c_expr})
    for s, nr in sys_names:
        lines.append("#if defined(%s)\n#define ABI_SYS_%s %s\n#else\n#define ABI_SYS_%s %s\n#endif"
                     % (s, s, s, s, nr))
    lines.append("const unsigned long long abi_c_vals[%d] = {" % max(1, len(checks)))
    for ch in checks:
        lines.append("    (unsigned long long)(%s)," % ch.c_expr)
    if not checks:
        lines.append("    0,")
    lines.append("};")
    for i, ch in enumerate(checks):
        if ch.value_type:
            lines.append("const %s abi_cb_%d = %s;" % (ch.value_type[0], i, ch.item))
    for name, decl in fns:
        lines.append("%s = %s;" % (decl, name))
    lines.append("extern const unsigned long long abi_rust_vals[];")
    lines.append("extern const void *const abi_rust_fns[];")
    lines.append("int main(void) {")
    lines.append("    volatile unsigned long long sink = abi_c_vals[0] + abi_rust_vals[0];")
    lines.append("    volatile const void *f = abi_rust_fns[0];")
    for i, ch in enumerate(checks):
        if ch.value_type:
            lines.append("    f = &abi_cb_%d;" % i)
    for name, _ in fns:
        lines.append("    f = (const void *)abi_fn_%s;" % name)
    lines.append("    (void)sink; (void)f;\n    return 0;\n}")
    text = "\n".join(lines) + "\n"
    with open(path, "w") as f:
        f.write(text)
    # Which line holds which check or function, to read compiler errors.
    mapping = {}
    ci = fi = 0
    in_vals = False
    for n, l in enumerate(text.split("\n"), 1):
        if l.startswith("const unsigned long long abi_c_vals"):
            in_vals = True
            continue
        if in_vals:
            if l == "};":
                in_vals = False
            elif checks:
                mapping[n] = ("check", ci)
                ci += 1
            continue
        m = re.match(r"const .* abi_cb_(\d+) = ", l)
        if m:
            mapping[n] = ("check", int(m.group(1)))
            continue
        m = re.search(r"\(\*abi_fn_(\w+)\)", l)
        if m and not l.startswith("    "):
            mapping[n] = ("fn", fi)
            fi += 1
    return mapping


RUST_PROBE_LIB = """\
#![no_std]
#![allow(unused_imports, non_upper_case_globals, deprecated)]
// Pointer-valued constants (MAP_FAILED, SIG_ERR, ...) are plain addresses
// without provenance, so reading their bits at compile time is sound.
#![allow(unknown_lints, ptr_to_integer_transmute_in_consts)]
use core::mem::{align_of, offset_of, size_of};
use libc::*;

const fn pointee_size<T>(_: *const T) -> usize {
    size_of::<T>()
}
macro_rules! field_size {
    ($t:ty, $f:ident) => {{
        let u = core::mem::MaybeUninit::<$t>::uninit();
        let p = u.as_ptr();
        pointee_size(unsafe { core::ptr::addr_of!((*p).$f) })
    }};
}
const fn ptr_bits<T>(p: *const T) -> u64 {
    unsafe { core::mem::transmute::<*const T, usize>(p) as u64 }
}

#[repr(transparent)]
pub struct FnPtr(*const ());
unsafe impl Sync for FnPtr {}

#[no_mangle]
pub static abi_rust_vals: [u64; %(n)d] = [
%(vals)s
];

#[no_mangle]
pub static abi_rust_fns: [FnPtr; %(nf)d] = [
%(fns)s
];
"""


def write_rust(probe_dir, crate_dir, checks, fns):
    os.makedirs(os.path.join(probe_dir, "src"), exist_ok=True)
    with open(os.path.join(probe_dir, "Cargo.toml"), "w") as f:
        f.write("""[package]
name = "abi_probe"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"

[dependencies]
libc = { path = "%s", default-features = false }

[profile.release]
panic = "abort"
codegen-units = 1
debug = false

[workspace]
""" % crate_dir)
    vals = []
    for ch in checks:
        vals.append("    (%s) as u64," % ch.rust_expr)
    if not checks:
        vals.append("    0,")
    statics = ["#[no_mangle]\npub static abi_rb_%d: %s = %s;" % (i, ch.value_type[1], ch.item)
               for i, ch in enumerate(checks) if ch.value_type]
    fn_lines = ["    FnPtr(%s as *const ())," % name for name, _ in fns]
    if not fns:
        fn_lines.append("    FnPtr(core::ptr::null()),")
    src = RUST_PROBE_LIB % dict(n=max(1, len(checks)), vals="\n".join(vals),
                                nf=max(1, len(fns)), fns="\n".join(fn_lines))
    src += "\n".join(statics) + "\n"
    with open(os.path.join(probe_dir, "src", "lib.rs"), "w") as f:
        f.write(src)


class Elf:
    """Just enough ELF reading to fetch the bytes of a defined symbol."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = data = f.read()
        if data[:4] != b"\x7fELF":
            die(path + " is not ELF")
        is64 = data[4] == 2
        self.e = e = "<" if data[5] == 1 else ">"
        if is64:
            shoff, = struct.unpack_from(e + "Q", data, 0x28)
            shentsize, shnum = struct.unpack_from(e + "HH", data, 0x3A)
            sh_fmt, sym_fmt = "IIQQQQIIQQ", "IBBHQQ"
        else:
            shoff, = struct.unpack_from(e + "I", data, 0x20)
            shentsize, shnum = struct.unpack_from(e + "HH", data, 0x2E)
            sh_fmt, sym_fmt = "IIIIIIIIII", "IIIBBH"
        secs = []
        for i in range(shnum):
            f = struct.unpack_from(e + sh_fmt, data, shoff + i * shentsize)
            secs.append(dict(type=f[1], addr=f[3], offset=f[4], size=f[5], link=f[6],
                             entsize=f[9]))
        self.symbols = {}
        for sec in secs:
            if sec["type"] != 2:  # SHT_SYMTAB
                continue
            strtab = secs[sec["link"]]["offset"]
            for k in range(sec["size"] // sec["entsize"]):
                f = struct.unpack_from(e + sym_fmt, data, sec["offset"] + k * sec["entsize"])
                if is64:
                    st_name, st_shndx, st_value, st_size = f[0], f[3], f[4], f[5]
                else:
                    st_name, st_value, st_size, st_shndx = f[0], f[1], f[2], f[5]
                if st_shndx == 0 or st_shndx >= len(secs):
                    continue
                nm = data[strtab + st_name:data.index(b"\0", strtab + st_name)].decode()
                home = secs[st_shndx]
                self.symbols[nm] = (home["offset"] + st_value - home["addr"], st_size)

    def bytes(self, symbol):
        if symbol not in self.symbols:
            die("symbol %s not found in the probe" % symbol)
        off, size = self.symbols[symbol]
        return self.data[off:off + size]

    def u64s(self, symbol, count):
        return list(struct.unpack_from(self.e + "%dQ" % count, self.bytes(symbol)))


def zig_cc(zig_target):
    py = os.environ.get("LIBC_CI_PY", sys.executable)
    cmd = [py, "-m", "ziglang", "cc", "-target", zig_target]
    if zig_target.startswith("loongarch64"):
        # zig's default CPU for loongarch64 is not one qemu runs; this one
        # is, with the hard-float ABI that rustc's objects use.
        cmd.append("-mcpu=generic_la64+d+f")
    return cmd


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def cargo_env():
    env = dict(os.environ)
    env.pop("RUSTFLAGS", None)
    env["CARGO_TARGET_DIR"] = os.environ.get(
        "ABI_CARGO_TARGET_DIR", os.path.join(REPO, "target", "abi-check"))
    return env


def rustdoc_json(crate_dir, target):
    env = cargo_env()
    r = run(["cargo", "+nightly", "rustdoc", "-q", "-Zbuild-std=core", "--lib",
             "--manifest-path", os.path.join(crate_dir, "Cargo.toml"),
             "--target", target, "--", "-Zunstable-options", "--output-format", "json"],
            env=env, cwd=crate_dir)
    if r.returncode != 0:
        die("rustdoc failed for %s:\n%s" % (target, r.stdout))
    with open(os.path.join(crate_dir, "Cargo.toml")) as f:
        m = re.search(r'^name\s*=\s*"([^"]+)"', f.read(), re.M)
    path = os.path.join(env["CARGO_TARGET_DIR"], target, "doc", m.group(1).replace("-", "_") + ".json")
    with open(path) as f:
        return json.load(f)


def check_target(target, crate_dir, out_root, verbose):
    if target not in ZIG_TARGETS:
        die("no C toolchain known for " + target)
    config = Config(target)
    crate = Crate(rustdoc_json(crate_dir, target))
    ctypes = CTypes(crate, config)
    checks, fns, skipped, problems = build_checks(crate, config, ctypes)
    if problems:
        for p in problems:
            print("  unclassified: " + p)
        die("%s: %d items the checker cannot classify" % (target, len(problems)))

    out = os.path.join(out_root, target)
    os.makedirs(out, exist_ok=True)
    cc = zig_cc(ZIG_TARGETS[target])
    mismatches = []
    # Compile the C probe; what the compiler rejects is a mismatch, dropped
    # from the probe before trying again.
    for attempt in range(50):
        mapping = write_c(os.path.join(out, "probe.c"), config, checks, fns)
        r = run(cc + ["-c", "-std=gnu11", "-ferror-limit=0", "-w",
                      "-Werror=incompatible-function-pointer-types",
                      "-Werror=incompatible-pointer-types",
                      "-Werror=int-conversion", "-Werror=implicit-function-declaration",
                      "-o", os.path.join(out, "probe_c.o"), os.path.join(out, "probe.c")])
        if r.returncode == 0:
            break
        bad_checks, bad_fns = {}, {}
        for m in re.finditer(r"probe\.c:(\d+):\d+: error: (.*)", r.stdout):
            where = mapping.get(int(m.group(1)))
            if where is None:
                continue
            (bad_checks if where[0] == "check" else bad_fns).setdefault(where[1], m.group(2))
        if not bad_checks and not bad_fns:
            die("C probe does not compile for %s:\n%s" % (target, r.stdout[-6000:]))
        for i in sorted(bad_checks):
            mismatches.append("%s: C rejects it: %s" % (checks[i].label, bad_checks[i]))
        for j in sorted(bad_fns):
            mismatches.append("%s: prototype differs from C: %s" % (fns[j][0], bad_fns[j]))
        checks = [c for i, c in enumerate(checks) if i not in bad_checks]
        fns = [f for j, f in enumerate(fns) if j not in bad_fns]
    else:
        die("C probe still fails after many rounds")

    # The Rust probe, then the link (which proves every function resolves).
    probe_dir = os.path.join(out, "probe")
    for attempt in range(20):
        write_rust(probe_dir, crate_dir, checks, fns)
        write_c(os.path.join(out, "probe.c"), config, checks, fns)
        r = run(cc + ["-c", "-std=gnu11", "-w", "-o", os.path.join(out, "probe_c.o"),
                      os.path.join(out, "probe.c")])
        if r.returncode != 0:
            die("C probe stopped compiling:\n" + r.stdout[-4000:])
        env = cargo_env()
        r = run(["cargo", "+nightly", "rustc", "-q", "--release", "-Zbuild-std=core", "--lib",
                 "--manifest-path", os.path.join(probe_dir, "Cargo.toml"), "--target", target,
                 "--", "--emit", "obj=" + os.path.join(out, "probe_rust.o")], env=env)
        if r.returncode != 0:
            die("Rust probe does not compile for %s:\n%s" % (target, r.stdout[-6000:]))
        r = run(cc + ["-static", "-o", os.path.join(out, "probe.elf"), os.path.join(out, "probe_c.o"),
                      os.path.join(out, "probe_rust.o")])
        if r.returncode == 0:
            break
        missing = set(re.findall(r"undefined symbol: (\w+)", r.stdout))
        bad = [f for f in fns if f[0] in missing]
        if not bad:
            die("link failed for %s:\n%s" % (target, r.stdout[-4000:]))
        for name, _ in bad:
            mismatches.append("%s: does not link against musl (undefined symbol)" % name)
        fns = [f for f in fns if f[0] not in missing]
    else:
        die("link still fails after many rounds")

    elf = Elf(os.path.join(out, "probe.elf"))
    n = max(1, len(checks))
    cvals = elf.u64s("abi_c_vals", n)
    rvals = elf.u64s("abi_rust_vals", n)
    for i, (ch, cv, rv) in enumerate(zip(checks, cvals, rvals)):
        if cv != rv:
            mismatches.append("%s: C %d (%#x), Rust %d (%#x)" % (ch.label, cv, cv, rv, rv))
        elif ch.value_type:
            cb, rb = elf.bytes("abi_cb_%d" % i), elf.bytes("abi_rb_%d" % i)
            if cb != rb:
                mismatches.append("%s bytes: C %s, Rust %s" % (ch.item, cb.hex(), rb.hex()))
    total = len(checks) + len(fns) + len([m for m in mismatches if "C rejects" in m or
                                          "prototype" in m or "link" in m])
    for m in mismatches:
        print("  MISMATCH %s: %s" % (target, m))
    if verbose:
        for k, why in skipped:
            print("  skipped %s: %s" % (k, why))
    print("abi-check %s: %d checked, %d mismatches, %d skipped (%d items, %d functions linked)"
          % (target, total, len(mismatches), len(skipped), len(crate.items), len(fns)))
    return len(mismatches)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crate", default=REPO)
    ap.add_argument("--out", default=os.path.join(REPO, "target", "abi-check", "out"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("targets", nargs="+")
    a = ap.parse_args()
    a.out = os.path.abspath(a.out)
    bad = broken = 0
    for t in a.targets:
        try:
            bad += check_target(t, os.path.abspath(a.crate), a.out, a.verbose)
        except CheckError as e:
            print("abi-check %s: could not run: %s" % (t, e))
            broken += 1
    sys.exit(2 if broken else 1 if bad else 0)


if __name__ == "__main__":
    main()
