#!/usr/bin/env python3
"""The crate on wasm32-wali-linux-musl against WALI's own specification.

WALI's specification, as data (wali-abi.json beside this file, a verbatim
copy of the project's shared wali-abi.json; or $WALI_ABI_JSON), is the
ground truth for this target. This check:
  1. asks rustdoc (JSON) which items the crate has on wasm32-wali-linux-musl;
  2. writes a probe crate that depends on it: a `#![no_std]`, `#![no_main]`
     module whose statics hold, for every bound item, `size_of`, `align_of`,
     `offset_of!` and each field's size, each alias's signedness and each
     `SYS_*` constant's value, and a table of pointers to every
     `__syscall_SYS_*` function and every auxiliary import it binds
     (`__cl_get_argc`, `__proc_exit`, ...);
  3. builds it for the target and reads it back from the .wasm file, no wasm
     being run: the values from the data section, and, through the element
     section, which import each function pointer is; the import section
     gives each import's module, name and wasm signature.
It then compares with the specification:
  - every struct (size, alignment, every field's offset and size, padding
    the crate keeps private, no field the specification lacks);
  - every primitive, alias and array type (size, alignment, signedness);
  - every system call's number (x86_64's, which WALI uses) with the crate's
    `SYS_*` constant;
  - every import: module `wali`, the name `SYS_<name>` (a Rust name that the
    specification lists as an alias of another call must be that call's
    import), its wasm parameters and results; every implemented system call
    must be bound, and nothing may be imported from elsewhere; each of the
    specification's auxiliary imports is bound under its own name with the
    specification's wasm signature, or listed in names.toml's `unbound_aux`.
names.toml beside this file binds the specification's names to the crate's
and declares each intended difference with its reason.

It prints one line per mismatch (`MISMATCH ...`), the accepted differences,
the specification's items the crate does not have yet, and a summary
`wali-layout: ... N mismatches`; it exits 1 on any mismatch (and with
--strict, also if a bound item is absent from the crate).

Usage: layout_check.py [--crate DIR] [--target-dir DIR] [--strict] [-v]
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
TARGET = "wasm32-wali-linux-musl"
SPEC = os.environ.get("WALI_ABI_JSON", os.path.join(HERE, "wali-abi.json"))
MAGIC = (0x57414C49_50524F42, 0x45D1CE0F_7A11AB1E)  # "WALIPROB" + tag
FN_MAGIC = (0x57414C49_46554E43, 0x45D1CE0F_7A11AB1E)  # "WALIFUNC" + tag
# Flags every WALI build here uses: no crt objects from the sysroot, and an
# empty libc.a for the crate's `-lc` (there is no WALI libc here). A C
# function a module still used would become an import from `env` (the
# target links with --allow-undefined), which this check reports and
# ci/wali_host.py refuses.
RUSTFLAGS = "-C link-self-contained=no -L native={nolibc}"
RUST_PRIMS = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
              "usize", "f32", "f64", "bool", "char"}
RUST_WORDS = {"mut", "const", "fn", "extern", "unsafe", "Option", "C"}
WASM_VALTYPES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128",
                 0x70: "funcref", 0x6F: "externref"}


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if r.returncode:
        sys.stdout.write(r.stdout)
        sys.exit("layout_check: failed (%d): %s" % (r.returncode, " ".join(cmd)))
    return r.stdout


def build_env(target_dir):
    """Environment for cargo: the empty libc.a of ci/wali-nolibc stands in
    for WALI's libc (as .cargo/config.toml and the README's recipe have it)."""
    nolibc = os.path.join(REPO, "ci", "wali-nolibc")
    env = dict(os.environ, CARGO_TERM_COLOR="never")
    env["RUSTFLAGS"] = RUSTFLAGS.format(nolibc=nolibc)
    env.pop("RUSTDOCFLAGS", None)
    return env


# ---------------------------------------------------------------- rustdoc

class Crate:
    """The crate's public items on the target, from rustdoc's JSON."""

    def __init__(self, path):
        d = json.load(open(path))
        self.index = d["index"]
        self.by_name = {}
        for item in self.index.values():
            if item.get("crate_id") != 0:
                continue
            kind = next(iter(item["inner"]))
            if kind == "use" and not item["inner"]["use"]["is_glob"]:
                self.by_name.setdefault(item["inner"]["use"]["name"], []).append(("use", item))
            elif item.get("name"):
                self.by_name.setdefault(item["name"], []).append((kind, item))

    def find(self, name, kinds):
        for kind, item in self.by_name.get(name, []):
            if kind in kinds:
                return kind, item
        return None, None

    def has_type(self, name):
        return self.find(name, ("struct", "union", "enum", "type_alias", "use"))[0] is not None

    def fields(self, item):
        """Public field names of a struct or union, and whether it has
        private ones."""
        inner = item["inner"]
        if "struct" in inner:
            kind = inner["struct"]["kind"]
            if "plain" not in kind:
                return [], True
            ids, stripped = kind["plain"]["fields"], kind["plain"]["has_stripped_fields"]
        else:
            ids, stripped = inner["union"]["fields"], inner["union"]["has_stripped_fields"]
        return [self.index[str(i)]["name"] for i in ids], stripped

    def syscall_fns(self):
        """Every `__syscall_SYS_*` function reachable by name."""
        out = set()
        for name, entries in self.by_name.items():
            if name.startswith("__syscall_SYS_") and any(k in ("function", "use") for k, _ in entries):
                out.add(name)
        return sorted(out)


def type_names(expr):
    return [w for w in re.findall(r"[A-Za-z_]\w*", expr) if w not in RUST_PRIMS | RUST_WORDS]


# ---------------------------------------------------------------- wasm

class Reader:
    def __init__(self, b, pos=0, end=None):
        self.b, self.pos, self.end = b, pos, len(b) if end is None else end

    def byte(self):
        self.pos += 1
        return self.b[self.pos - 1]

    def uleb(self):
        r = shift = 0
        while True:
            x = self.byte()
            r |= (x & 0x7F) << shift
            shift += 7
            if x < 0x80:
                return r

    def sleb(self):
        r = shift = 0
        while True:
            x = self.byte()
            r |= (x & 0x7F) << shift
            shift += 7
            if x < 0x80:
                if x & 0x40:
                    r -= 1 << shift
                return r

    def name(self):
        n = self.uleb()
        self.pos += n
        return self.b[self.pos - n:self.pos].decode()

    def limits(self):
        flags = self.byte()
        self.uleb()
        if flags & 1:
            self.uleb()

    def const_expr(self):
        value = None
        while True:
            op = self.byte()
            if op == 0x0B:
                return value
            if op == 0x41:
                value = self.sleb()
            elif op in (0x23, 0xD2):
                self.uleb()
            elif op == 0xD0:
                self.byte()
            else:
                raise ValueError("unexpected opcode 0x%x in a constant expression" % op)


def parse_wasm(data):
    """Function imports (module, name, params, results), in function index
    order, and the table's contents {table index: function index}."""
    if data[:8] != b"\0asm\x01\0\0\0":
        raise ValueError("not a wasm module")
    r = Reader(data, 8)
    types, imports, table = [], [], {}
    while r.pos < len(data):
        sid, size = r.byte(), r.uleb()
        s = Reader(data, r.pos, r.pos + size)
        r.pos += size
        if sid == 1:
            for _ in range(s.uleb()):
                form = s.byte()
                if form != 0x60:
                    raise ValueError("type form 0x%x" % form)
                params = [WASM_VALTYPES[s.byte()] for _ in range(s.uleb())]
                results = [WASM_VALTYPES[s.byte()] for _ in range(s.uleb())]
                types.append((params, results))
        elif sid == 2:
            for _ in range(s.uleb()):
                module, name, kind = s.name(), s.name(), s.byte()
                if kind == 0:
                    imports.append((module, name) + types[s.uleb()])
                elif kind == 1:
                    s.byte()
                    s.limits()
                elif kind == 2:
                    s.limits()
                elif kind == 3:
                    s.byte()
                    s.byte()
                elif kind == 4:
                    s.byte()
                    s.uleb()
        elif sid == 9:
            for _ in range(s.uleb()):
                flags = s.uleb()
                if flags not in (0, 2):
                    raise ValueError("element segment kind %d" % flags)
                if flags == 2 and s.uleb() != 0:
                    raise ValueError("element segment for a second table")
                offset = s.const_expr()
                if flags == 2 and s.byte() != 0:
                    raise ValueError("element segment of a non-function kind")
                for i in range(s.uleb()):
                    table[offset + i] = s.uleb()
    return imports, table


def find_words(data, magic, fmt):
    tag = struct.pack("<2Q", *magic)
    at = data.find(tag)
    if at < 0 or data.find(tag, at + 1) >= 0:
        raise ValueError("probe table not found exactly once in the module")
    at += len(tag)
    n = struct.unpack_from("<Q", data, at)[0]
    at += 8
    return list(struct.unpack_from("<%d%s" % (n, fmt), data, at))


# ---------------------------------------------------------------- probe

class Probe:
    """Collects the quantities to measure; each becomes one u64 slot."""

    def __init__(self):
        self.exprs, self.keys = [], []

    def add(self, key, expr):
        self.keys.append(key)
        self.exprs.append(expr)

    def source(self, fns):
        body = ",\n        ".join(self.exprs)
        fn_body = ",\n        ".join("%s as *const ()" % f for f in fns)
        return PROBE_RS % dict(n=len(self.exprs), body=body, nf=len(fns), fns=fn_body,
                               m0=MAGIC[0], m1=MAGIC[1], f0=FN_MAGIC[0], f1=FN_MAGIC[1])


PROBE_RS = """\
//! Generated by tests/wali/layout_check.py: the crate's layout on
//! wasm32-wali-linux-musl, as data, for the check to read back.
#![no_std]
#![no_main]
#![allow(unused_imports, deprecated, clippy::all)]

use core::mem::{align_of, offset_of, size_of, MaybeUninit};
use libc::*;

const fn size_of_pointee<T>(_: *const T) -> u64 {
    size_of::<T>() as u64
}

macro_rules! field_size {
    ($t:ty, $f:ident) => {{
        let u = MaybeUninit::<$t>::uninit();
        size_of_pointee(unsafe { &raw const (*u.as_ptr()).$f })
    }};
}

macro_rules! signed {
    ($t:ty) => {
        ((-1i64 as $t) < (0 as $t)) as u64
    };
}

#[repr(C)]
pub struct Values {
    magic: [u64; 2],
    count: u64,
    values: [u64; %(n)d],
}

#[no_mangle]
pub static WALI_PROBE: Values = Values {
    magic: [%(m0)#x, %(m1)#x],
    count: %(n)d,
    values: [
        %(body)s
    ],
};

#[repr(C)]
pub struct Fns {
    magic: [u64; 2],
    count: u64,
    fns: [*const (); %(nf)d],
}
unsafe impl Sync for Fns {}

#[no_mangle]
pub static WALI_FNS: Fns = Fns {
    magic: [%(f0)#x, %(f1)#x],
    count: %(nf)d,
    fns: [
        %(fns)s
    ],
};

#[no_mangle]
pub extern "C" fn _start() {
    core::hint::black_box(&WALI_PROBE);
    core::hint::black_box(&WALI_FNS);
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crate", default=REPO)
    ap.add_argument("--target-dir", default=os.path.join(REPO, "target", "wali"))
    ap.add_argument("--strict", action="store_true",
                    help="also fail when a bound item is absent from the crate")
    ap.add_argument("-v", action="store_true", help="list every item checked")
    args = ap.parse_args()
    crate_dir = os.path.abspath(args.crate)
    tdir = os.path.abspath(args.target_dir)
    spec = json.load(open(SPEC))
    names = tomllib.load(open(os.path.join(HERE, "names.toml"), "rb"))
    env = build_env(tdir)

    # 1. The crate's items on the target.
    # (A stand-in crate, such as the planted one, has a package name of its
    # own, so that its rustdoc JSON never stands in for the real crate's.)
    package = tomllib.load(open(os.path.join(crate_dir, "Cargo.toml"), "rb"))["package"]["name"]
    run(["cargo", "+nightly", "rustdoc", "-q", "-Zbuild-std=core", "--lib", "--target", TARGET,
         "--manifest-path", os.path.join(crate_dir, "Cargo.toml"), "--target-dir", tdir,
         "--", "-Zunstable-options", "--output-format", "json"], env=env)
    crate = Crate(os.path.join(tdir, TARGET, "doc", package.replace("-", "_") + ".json"))

    mismatches, accepted, absent, unbound, checked_lines = [], [], [], [], []
    counts = dict(structs=0, fields=0, aliases=0, primitives=0, arrays=0, sys=0, imports=0,
                  import_names=0, aux=0)

    def mismatch(msg):
        mismatches.append(msg)

    # 2. What to measure.
    probe = Probe()
    struct_plans = []
    spec_structs = spec["structs"]
    bound = names.get("structs", {})
    for sname in spec_structs:
        if sname in names.get("unbound", {}):
            unbound.append("%s: %s" % (sname, names["unbound"][sname]["why"]))
            continue
        if sname not in bound:
            mismatch("%s: a spec struct that names.toml neither binds nor lists as unbound" % sname)
            continue
        rname = bound[sname]["rust"]
        kind, item = crate.find(rname, ("struct", "union"))
        if item is None:
            absent.append("struct %s (spec %s)" % (rname, sname))
            continue
        public, has_private = crate.fields(item)
        probe.add(("size", rname), "size_of::<%s>() as u64" % rname)
        probe.add(("align", rname), "align_of::<%s>() as u64" % rname)
        for f in public:
            probe.add(("off", rname, f), "offset_of!(%s, %s) as u64" % (rname, f))
            probe.add(("fsize", rname, f), "field_size!(%s, %s)" % (rname, f))
        struct_plans.append((sname, rname, public, has_private))

    def plan_scalar(group, sname, entry, spec_info):
        if isinstance(entry, str):
            entry = {"rust": entry}
        rust = entry["rust"]
        missing = [w for w in type_names(rust) if not crate.has_type(w)]
        if missing:
            absent.append("%s %s (spec %s)" % (group, rust, sname))
            return None
        probe.add(("size", rust), "size_of::<%s>() as u64" % rust)
        probe.add(("align", rust), "align_of::<%s>() as u64" % rust)
        if entry.get("signed") != "any" and spec_info.get("signed") is not None:
            probe.add(("signed", rust), "signed!(%s)" % rust)
        return (group, sname, entry, spec_info)

    scalar_plans = []
    for sname, info in spec["primitives"].items():
        entry = names.get("primitives", {}).get(sname)
        if entry is None:
            mismatch("primitive %s: not bound in names.toml" % sname)
            continue
        scalar_plans.append(plan_scalar("primitive", sname, entry, info))
    for sname, info in spec["aliases_resolved"].items():
        if sname in names.get("unbound_aliases", {}):
            unbound.append("alias %s: %s" % (sname, names["unbound_aliases"][sname]["why"]))
            continue
        entry = names.get("aliases", {}).get(sname)
        if entry is None:
            mismatch("alias %s: not bound in names.toml" % sname)
            continue
        scalar_plans.append(plan_scalar("alias", sname, entry, info))
    for sname, info in spec["array_types"].items():
        if sname in names.get("unbound_arrays", {}):
            unbound.append("array %s: %s" % (sname, names["unbound_arrays"][sname]["why"]))
            continue
        entry = names.get("arrays", {}).get(sname)
        if entry is None:
            mismatch("array type %s: not bound in names.toml" % sname)
            continue
        scalar_plans.append(plan_scalar("array", sname, entry, dict(info, signed=None)))
    scalar_plans = [p for p in scalar_plans if p]

    sys_plans = []
    for sc in spec["syscalls"]:
        rnames = names.get("syscall_names", {}).get(sc["name"], ["SYS_" + sc["name"]])
        for rn in rnames:
            if crate.find(rn, ("constant",))[1] is None:
                absent.append("constant %s (spec %s, x86_64 number %d)" % (rn, sc["name"], sc["nr"]["x86_64"]))
                continue
            probe.add(("sys", rn), "%s as u64" % rn)
            sys_plans.append((sc, rn))

    fns = crate.syscall_fns()
    # WALI's auxiliary imports, bound under their own names.
    aux_spec = {f["import_name"]: f for f in spec["import_module"]["aux_imports"]["functions"]}
    aux_unbound = names.get("unbound_aux", {})
    for iname in aux_spec:
        if iname in aux_unbound:
            unbound.append("aux import %s: %s" % (iname, aux_unbound[iname]["why"]))
        elif crate.find(iname, ("function",))[1] is None:
            absent.append("aux import %s" % iname)
        else:
            fns.append(iname)

    # 3. Build the probe and read it back.
    pdir = os.path.join(tdir, "probe-" + package)
    os.makedirs(os.path.join(pdir, "src"), exist_ok=True)
    with open(os.path.join(pdir, "Cargo.toml"), "w") as f:
        f.write('# Generated by tests/wali/layout_check.py.\n[package]\nname = "wali-probe-%s"\n'
                'version = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n'
                'libc = { path = %s, package = %s, default-features = false }\n\n'
                '[profile.release]\npanic = "abort"\n\n[workspace]\n'
                % (package, json.dumps(crate_dir), json.dumps(package)))
    src = probe.source(fns)
    path = os.path.join(pdir, "src", "main.rs")
    if not os.path.exists(path) or open(path).read() != src:
        with open(path, "w") as f:
            f.write(src)
    run(["cargo", "+nightly", "build", "-q", "--release", "-Zbuild-std=core", "--target", TARGET,
         "--manifest-path", os.path.join(pdir, "Cargo.toml"), "--target-dir", tdir], env=env)
    wasm = open(os.path.join(tdir, TARGET, "release", "wali-probe-%s.wasm" % package), "rb").read()
    values = find_words(wasm, MAGIC, "Q")
    if len(values) != len(probe.keys):
        sys.exit("layout_check: probe holds %d values, expected %d" % (len(values), len(probe.keys)))
    got = dict(zip(probe.keys, values))
    fn_slots = find_words(wasm, FN_MAGIC, "I")
    imports, table = parse_wasm(wasm)

    # 4. Compare.
    for sname, rname, public, has_private in struct_plans:
        s = spec_structs[sname]
        entry = bound[sname]
        fmap = entry.get("fields", {})
        counts["structs"] += 1
        size, align = got[("size", rname)], got[("align", rname)]
        if size != s["size"]:
            mismatch("%s size: spec %d, crate %d" % (rname, s["size"], size))
        want_align = entry.get("align", s["align"])
        if align != want_align:
            mismatch("%s align: spec %d, crate %d" % (rname, s["align"], align)
                     + (" (names.toml accepts %d)" % want_align if "align" in entry else ""))
        elif "align" in entry:
            accepted.append("%s align: spec %d, crate %d: %s" % (rname, s["align"], align, entry["why"]))
        if s.get("packed") and align != 1:
            mismatch("%s: packed in the spec, aligned to %d in the crate" % (rname, align))
        span = {f: (got[("off", rname, f)], got[("fsize", rname, f)]) for f in public}
        covered = set()
        reserved = []
        for sf in s["fields"]:
            counts["fields"] += 1
            what = "%s.%s" % (rname, sf["name"])
            lo, hi = sf["offset"], sf["offset"] + sf["size"]
            target = fmap.get(sf["name"], sf["name"])
            checked_lines.append("%s: offset %d size %d" % (what, lo, sf["size"]))
            if target == "-":
                if not has_private:
                    mismatch("%s: the spec has it at offset %d; the crate has no private field for it"
                             % (what, lo))
                for f, (o, n) in span.items():
                    if o < hi and o + n > lo:
                        mismatch("%s (private padding, offset %d size %d) overlaps public field %s "
                                 "(offset %d size %d)" % (what, lo, sf["size"], f, o, n))
                continue
            if target == "~":
                reserved.append((sf["name"], lo, hi))
                for f, (o, n) in span.items():
                    if (o < lo < o + n) or (o < hi < o + n):
                        mismatch("%s (reserved area %d..%d) is crossed by field %s (offset %d size %d)"
                                 % (what, lo, hi, f, o, n))
                    elif lo <= o and o + n <= hi:
                        covered.add(f)
                continue
            # One crate field, or several that follow each other without a
            # gap: the first at the spec's offset, their sizes adding up to
            # the spec's size.
            parts = [target] if isinstance(target, str) else list(target)
            lost = [p for p in parts if p not in span]
            if lost:
                mismatch("%s: no public field %s in the crate" % (what, ", ".join(lost)))
                continue
            covered.update(parts)
            at = lo
            for p in parts:
                o, n = span[p]
                if o != at:
                    mismatch("%s%s offset: spec %d, crate %d"
                             % (what, "" if p == sf["name"] else " (%s)" % p, at, o))
                at = o + n
            total = sum(span[p][1] for p in parts)
            if total != sf["size"]:
                mismatch("%s%s size: spec %d, crate %d"
                         % (what, "" if parts == [sf["name"]] else " (%s)" % "+".join(parts),
                            sf["size"], total))
        for f in public:
            if f not in covered:
                mismatch("%s.%s: a public field the spec's %s does not have (offset %d)"
                         % (rname, f, sname, span[f][0]))

    for group, sname, entry, info in scalar_plans:
        counts[{"primitive": "primitives", "alias": "aliases", "array": "arrays"}[group]] += 1
        rust = entry["rust"] if isinstance(entry, dict) else entry
        size, align = got[("size", rust)], got[("align", rust)]
        checked_lines.append("%s %s = %s: size %d align %d" % (group, sname, rust, size, align))
        if size != info["size"]:
            mismatch("%s %s (%s) size: spec %d, crate %d" % (group, sname, rust, info["size"], size))
        if align != info["align"]:
            mismatch("%s %s (%s) align: spec %d, crate %d" % (group, sname, rust, info["align"], align))
        if ("signed", rust) in got:
            signed = bool(got[("signed", rust)])
            want = entry.get("signed", info["signed"]) if isinstance(entry, dict) else info["signed"]
            if signed != want:
                mismatch("%s %s (%s) signedness: spec %s, crate %s"
                         % (group, sname, rust, "signed" if info["signed"] else "unsigned",
                            "signed" if signed else "unsigned"))
            elif signed != info["signed"]:
                accepted.append("%s %s (%s) is %s, the spec's is %s: %s"
                                % (group, sname, rust, "signed" if signed else "unsigned",
                                   "signed" if info["signed"] else "unsigned", entry["why"]))

    seen_sys = set()
    for sc, rn in sys_plans:
        seen_sys.add(sc["name"])
        v = got[("sys", rn)]
        if v != sc["nr"]["x86_64"]:
            mismatch("%s: spec (x86_64) %d, crate %d" % (rn, sc["nr"]["x86_64"], v))
    counts["sys"] = len(seen_sys)

    # Imports: each Rust function -> the import its pointer is.
    by_import = {s["import_name"]: s for s in spec["syscalls"]}
    alias_of = {}
    for s in spec["syscalls"]:
        for a in s["aliases"]:
            alias_of["SYS_" + a] = s["import_name"]
    unimpl = names.get("unimplemented_imports", {})
    n_func_imports = len(imports)
    rust_to_import = {}
    for fname, slot in zip(fns, fn_slots):
        fidx = table.get(slot)
        if fidx is None or fidx >= n_func_imports:
            mismatch("%s: not an imported function in the module" % fname)
            continue
        rust_to_import[fname] = imports[fidx]
    counts["import_names"] = len(fns)
    for fname in fns:
        if fname not in rust_to_import:
            continue
        module, iname, params, results = rust_to_import[fname]
        if fname in aux_spec:
            want = fname
        else:
            base = fname[len("__syscall_"):]
            want = alias_of.get(base, base)
        if module != "wali":
            mismatch("%s: imported from module %r, not 'wali'" % (fname, module))
        if iname != want:
            mismatch("%s: imports %r, the spec's import for it is %r" % (fname, iname, want))
    for module, iname, params, results in imports:
        counts["imports"] += 1
        what = "import %s.%s" % (module, iname)
        checked_lines.append("%s: (%s) -> (%s)" % (what, ", ".join(params), ", ".join(results)))
        s = by_import.get(iname)
        if module != "wali":
            mismatch("%s: not from module wali" % what)
        elif iname in aux_spec:
            a = aux_spec[iname]
            counts["aux"] += 1
            if (params, results) != (a["wasm_params"], a["wasm_results"]):
                mismatch("%s signature: spec (%s) -> (%s), crate (%s) -> (%s)"
                         % (what, ", ".join(a["wasm_params"]), ", ".join(a["wasm_results"]),
                            ", ".join(params), ", ".join(results)))
        elif s is not None and s["implemented"]:
            if (params, results) != (s["wasm_params"], s["wasm_results"]):
                mismatch("%s signature: spec (%s) -> (%s), crate (%s) -> (%s)"
                         % (what, ", ".join(s["wasm_params"]), ", ".join(s["wasm_results"]),
                            ", ".join(params), ", ".join(results)))
        elif iname in unimpl:
            u = unimpl[iname]
            if (params, results) != (u["params"], u["results"]):
                mismatch("%s signature: names.toml (%s) -> (%s), crate (%s) -> (%s)"
                         % (what, ", ".join(u["params"]), ", ".join(u["results"]),
                            ", ".join(params), ", ".join(results)))
            else:
                accepted.append("%s: unimplemented in the spec (no signature); bound as %s"
                                % (what, u["why"]))
        elif s is not None:
            mismatch("%s: the spec marks it unimplemented and names.toml declares no signature" % what)
        else:
            mismatch("%s: not a WALI system call" % what)
    imported = {i[1] for i in imports}
    for iname in aux_spec:
        if iname in fns and iname not in imported:
            mismatch("%s: bound, but the module does not import it" % iname)
    for s in spec["syscalls"]:
        if s["implemented"] and s["import_name"] not in imported:
            rn = "__syscall_" + s["import_name"]
            if crate.find(rn, ("function", "use"))[1] is None:
                absent.append("import %s (implemented in the spec)" % rn)
            else:
                mismatch("%s: bound, but the module does not import %s" % (rn, s["import_name"]))

    # 5. Report.
    if args.v:
        for l in checked_lines:
            print("checked " + l)
    for u in unbound:
        print("unbound " + u)
    for a in accepted:
        print("accepted " + a)
    for a in absent:
        print("absent (not in the crate yet) " + a)
    for m in mismatches:
        print("MISMATCH " + m)
    print("wali-layout %s: %d structs (%d fields), %d primitives, %d aliases, %d arrays, "
          "%d SYS numbers, %d imports (%d of them auxiliary; %d Rust names) checked; "
          "%d accepted differences, "
          "%d unbound, %d absent; %d mismatches"
          % (TARGET, counts["structs"], counts["fields"], counts["primitives"], counts["aliases"],
             counts["arrays"], counts["sys"], counts["imports"], counts["aux"],
             counts["import_names"],
             len(accepted), len(unbound), len(absent), len(mismatches)))
    sys.exit(1 if mismatches or (args.strict and absent) else 0)


if __name__ == "__main__":
    main()
