#!/usr/bin/env python3
"""ABI check of the crate against musl 1.2.5's and Linux's C headers.

For one target it:
  1. asks rustdoc (JSON) which public items the crate has on that target;
  2. writes a C probe (sizeof, _Alignof, offsetof, the size of every field,
     a kind code for every field and type alias, every constant's value, and
     for every function a pointer initialised with the function under the
     prototype the crate declares) and a Rust probe (the same quantities
     from the crate, plus a pointer to every function);
  3. compiles the C probe with the zig cross compiler and the Rust probe
     with cargo for the target, links both statically against musl (so a
     function that musl does not define fails to link), and reads the two
     value tables out of the linked ELF file. No target code runs, so every
     native target is checked the same way, with or without qemu.

The kind code of a field or alias says what its type is: signed integer,
unsigned integer, floating point, bool, pointer (function pointers and
`Option<extern fn>` included), struct, union or array; for an array, also
its element count and, recursively, its element's kind (two array levels per
code; deeper arrays get one more code per level). C computes it at compile
time (`_Generic`, `__builtin_classify_type`, `__typeof__`), Rust through a
trait the probe implements for primitives, pointers, arrays, function
pointers and the crate's structs and unions, so both sides resolve their own
type aliases (`c_char` follows the target's `char` on both). One kind
differs by design: C's long double, where it is wider than double, has no
Rust type, and matches the crate's stand-in for it, u128. A prototype
spells a parameter of a crate alias type with C's typedef of that name, so
the alias's own size and kind checks cover what it stands for there.

The C probe is split into translation units (TUs), each a set of headers
(headers.txt): Linux UAPI headers that clash with musl's cannot share one.
Every item is checked in exactly one TU: the first, in headers.txt's order,
that declares its C name. An item whose C name a TU does not declare (an
undeclared identifier, an unknown type name, an incomplete struct or union)
moves on to the next TU; in the last TU that is a mismatch. Each TU is
compiled once per round, and the objects of all TUs are linked together
with the Rust probe.

Functions with a Rust body are checked too. A `const fn` on integers (a C
macro such as `WIFEXITED` or `major`, as the published crate offers it) is
evaluated on both sides over sample arguments (MACRO_SAMPLES); c_exprs.txt
defines the few such macros musl lacks (`W_EXITCODE`), from glibc's headers.
Any other Rust function stands in for a C function or a macro for one (the
LFS64 names, which musl keeps as macros for the plain functions): its
prototype must be C's, and it needs no musl symbol. Methods (`siginfo_t`'s
accessors) are not items of the crate root: the runtime tests cover them. A
`pub use f as g;` is checked as the function `g`.

The system call wrappers (Rust functions over `syscall` for the calls musl
does not wrap) have no musl declaration; wrappers.txt says what each is held
to instead (check_wrappers): glibc's declaration, with the same function
pointer test as musl's functions (compile_units, one translation unit of
glibc's headers for the target's glibc, GLIBC_NEWEST), or, where glibc has
none, the kernel's `asmlinkage` prototype from include/linux/syscalls.h
(which ci/setup.sh keeps): the same argument count, each argument of the
same kind and size.

Anything the C compiler rejects (a missing constant or field, a function
whose prototype differs) is a mismatch too; so is a symbol that does not link.
It prints `<target>: N checked, M mismatches, K skipped` and exits 1 on any
mismatch. Skips are listed, each with its reason, in skips.txt beside this
file; an item that the checker cannot classify is an error, never a silent
skip.

Usage: abi_check.py [-v] [--wrappers-only] [--crate DIR] [--out DIR] TARGET [TARGET ...]
(-v lists the skips and the items checked outside the first unit;
--wrappers-only checks only the system call wrappers.)
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
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Rust target -> zig target, and zig target -> extra zig cc flags, for the
# targets zig builds C for (tests/targets.tsv, the one table of targets).
def _targets():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(REPO, "tests", "targets.tsv"))
            if not l.startswith("#") and l.strip()]
    zig = {r[0]: r[3] for r in rows if r[3] != "-"}
    flags = {r[3]: r[5].split() for r in rows if r[3] != "-" and r[5] != "-"}
    return zig, flags


ZIG_TARGETS, ZIG_CC_FLAGS = _targets()

# The C primitive types, as core::ffi and the crate spell them -> C.
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

# Kind codes (the C prelude and the Rust probe are generated from these).
# A code is a kind (4 bits); an array's code adds its element count (bits
# 4..23, saturated at KIND_COUNT_MAX) and its element's code (bits 24 up):
# the element's full code if the element is not an array, else the
# element's kind, count and element kind, which ends there (an array three
# or more levels deep gets one more code for its element).
KINDS = {
    "SIGNED": (1, "signed integer"),
    "UNSIGNED": (2, "unsigned integer"),
    "FLOAT": (3, "floating point"),
    "BOOL": (4, "bool"),
    "POINTER": (5, "pointer"),
    "STRUCT": (6, "struct"),
    "UNION": (7, "union"),
    "OTHER": (8, "other (complex, vector or an unusual integer)"),
    "ARRAY": (9, "array"),
    # C's long double where it is wider than double (all but powerpc64):
    # Rust has no type for it, so the crate writes u128 (the same size and
    # alignment, which the size and align checks hold it to), and that is
    # what it matches (kinds_match).
    "LDOUBLE": (10, "long double"),
}
K_ARRAY = KINDS["ARRAY"][0]
K_LDOUBLE = KINDS["LDOUBLE"][0]
K_UNSIGNED = KINDS["UNSIGNED"][0]
KIND_COUNT_MAX = 0xFFFFF
# Rust primitives a field or alias may have, with a C kind.
KIND_PRIMS = set(INT_PRIMS) | {"i128", "u128", "f32", "f64", "bool"}
# The Rust probe implements its kind trait for function pointers of up to
# this many parameters.
MAX_FN_PARAMS = 16


def describe_kind(code):
    """A kind code in words, for mismatch reports."""
    kind = code & 15
    names = {k: name for k, name in KINDS.values()}
    if kind != K_ARRAY or code >> 4 == 0:
        return names.get(kind, "code %#x" % code)
    count = (code >> 4) & KIND_COUNT_MAX
    # KIND_COUNT_MAX: a count at least that large, or C's fixed-size
    # array where Rust has a flexible array member (`[T; 0]`).
    n = ">0" if count == KIND_COUNT_MAX else str(count)
    return "array[%s] of %s" % (n, describe_kind(code >> 24))


def kinds_match(c_code, rust_code):
    """Whether C's and Rust's kind codes agree: they are equal once every
    long double (wider than double) in C's is read as Rust's stand-in for
    it, an unsigned integer (u128)."""
    def stand_in(code):
        kind = code & 15
        if kind == K_LDOUBLE:
            return K_UNSIGNED
        if kind == K_ARRAY and code >> 4:
            return (code & 0xFFFFFF) | stand_in(code >> 24) << 24
        return code
    return stand_in(c_code) == rust_code


class CheckError(Exception):
    """The check could not run to the end for one target."""


def die(msg):
    raise CheckError(msg)


class Config:
    """Reads headers.txt and skips.txt and the C spelling of type names."""

    def __init__(self, target):
        self.target = target
        self.arch = target.split("-")[0]
        self.c_names = {}
        self.skips = {}  # key -> reason
        # headers.txt: the base set (the lines before the first `[name]`),
        # then one `[name]` section per translation unit, in the order in
        # which items try them. A TU includes the base set, then its own.
        base, units = [], []
        for line in self._lines("headers.txt"):
            m = re.match(r"\[(\w+)\]$", line)
            if m:
                if m.group(1) in [name for name, _ in units]:
                    die("headers.txt: translation unit [%s] twice" % m.group(1))
                units.append((m.group(1), []))
                continue
            # `header` or `header  target-glob`
            parts = line.split()
            if len(parts) > 2 or line.startswith("["):
                die("headers.txt: cannot read line: " + line)
            if len(parts) == 1 or fnmatch.fnmatch(target, parts[1]):
                (units[-1][1] if units else base).append(parts[0])
        if not units:
            die("headers.txt: no translation unit (a `[name]` line)")
        self.units = [(name, base + headers) for name, headers in units]
        self.c_fields = {}
        for line in self._lines("c_names.txt"):
            # `rust  C` or `rust  C  @target-glob`
            m = re.match(r"(.*?)\s+@(\S+)$", line)
            if m:
                if not fnmatch.fnmatch(target, m.group(2)):
                    continue
                line = m.group(1)
            rust, c = line.split(None, 1)
            if "." in rust:
                self.c_fields[rust] = c.strip()
            else:
                self.c_names[rust] = c.strip()
        self.c_exprs = {}
        # Function-like macros C has no definition of (`W_EXITCODE(ret, sig)`):
        # defined for the probe when the headers do not.
        self.c_macros = []
        for line in self._lines("c_exprs.txt"):
            m = re.match(r"(\w+)\(([^)]*)\)\s+(.+)$", line)
            if m:
                self.c_macros.append((m.group(1), m.group(2), m.group(3).strip()))
                continue
            rust, c = line.split(None, 1)
            self.c_exprs[rust] = c.strip()
        # glibc_newer.txt: on a gnu target, the functions glibc 2.17 lacks
        # (`symbol  first-glibc`, `@target-glob` where one architecture's).
        self.glibc_newer = {}
        for line in self._lines("glibc_newer.txt"):
            m = re.match(r"(.*?)\s+@(\S+)$", line)
            if m:
                if not fnmatch.fnmatch(target, m.group(2)):
                    continue
                line = m.group(1)
            sym, version = line.split()
            self.glibc_newer[sym] = version
        # glibc.txt: the c_exprs.txt entries whose source is glibc's headers.
        self.glibc = [tuple(line.split()) for line in self._lines("glibc.txt")]
        # wrappers.txt: the system call wrappers and what each is compared
        # with: name -> ("glibc", header) or ("kernel", "sys_name").
        self.wrappers = {}
        for line in self._lines("wrappers.txt"):
            parts = line.split()
            if len(parts) != 3 or parts[1] not in ("glibc", "kernel"):
                die("wrappers.txt: cannot read line: " + line)
            self.wrappers[parts[0]] = (parts[1], parts[2])
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
        # Methods (the `siginfo_t` accessors, ...) are reached through their
        # type, not as items of the crate root: the runtime tests cover them.
        methods = set()
        for item in self.index.values():
            if "impl" in item["inner"]:
                methods.update(str(i) for i in item["inner"]["impl"]["items"])
        for item in self.index.values():
            if item["crate_id"] != 0 or item["visibility"] != "public":
                continue
            if str(item["id"]) in methods:
                continue
            kind = next(iter(item["inner"]))
            if kind == "use" and not item["inner"]["use"]["is_glob"]:
                # `pub use crate::open as open64;`: the function under the
                # name C gives it (a macro for the same function).
                target = self.index.get(str(item["inner"]["use"]["id"]))
                alias = item["inner"]["use"]["name"]
                if (target and target["crate_id"] == 0 and "function" in target["inner"]
                        and alias != target["name"]):
                    renamed = dict(target, name=alias)
                    if ("value", alias) in seen:
                        die("two public items named " + alias)
                    seen.add(("value", alias))
                    self.items.append(("function", renamed))
                continue
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

    def macro_like(self, sig):
        """Integer (or bool) arguments and result, none variadic."""
        def ok(ty):
            return ty == {"primitive": "bool"} or self.resolve_int(ty)
        return (not sig["is_c_variadic"] and sig["inputs"] and sig["output"] is not None
                and all(ok(ty) for _, ty in sig["inputs"]) and ok(sig["output"]))

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

    def array_lengths(self, ty, depth=0):
        """The array lengths (outermost first, as rustdoc spells them) of a
        field's or alias's type, through the crate's aliases; [] for a type
        that is no array. Raises ValueError for a type the kind probe cannot
        describe (the Rust probe implements its kind trait for exactly the
        types accepted here)."""
        if depth > 20:
            raise ValueError("type alias chain too long")
        if "primitive" in ty:
            if ty["primitive"] in KIND_PRIMS:
                return []
            raise ValueError("primitive %s has no C counterpart" % ty["primitive"])
        if "raw_pointer" in ty:
            return []
        if "function_pointer" in ty:
            self._check_fn_pointer(ty["function_pointer"])
            return []
        if "array" in ty:
            return [ty["array"]["len"]] + self.array_lengths(ty["array"]["type"], depth + 1)
        if "resolved_path" in ty:
            rp = ty["resolved_path"]
            ext = self.external_path(rp["id"])
            if ext is not None:
                if ext[-1] == "Option" and rp["args"]:
                    args = rp["args"]["angle_bracketed"]["args"]
                    if len(args) == 1 and "function_pointer" in args[0].get("type", {}):
                        self._check_fn_pointer(args[0]["type"]["function_pointer"])
                        return []
                    raise ValueError("Option of something else than a function pointer")
                if ext[0] == "core" and ext[-1] in CORE_FFI and ext[-1] != "c_void":
                    return []
                raise ValueError("field or alias of external type " + "::".join(ext))
            target = self.index.get(str(rp["id"]))
            if target is None or target["visibility"] != "public":
                raise ValueError("type %s is not a public item" % rp["path"])
            inner = target["inner"]
            if "type_alias" in inner:
                return self.array_lengths(inner["type_alias"]["type"], depth + 1)
            if "struct" in inner or "union" in inner:
                return []
            raise ValueError("field or alias of type %s (no struct, union, alias or primitive)"
                             % rp["path"])
        raise ValueError("field or alias of type " + json.dumps(ty)[:80])

    @staticmethod
    def _check_fn_pointer(fp):
        sig, abi = fp["sig"], fp["header"]["abi"]
        if abi not in ("C", {"C": {"unwind": False}}):
            raise ValueError("function pointer with ABI %s" % json.dumps(abi))
        if fp["generic_params"]:
            raise ValueError("higher-ranked function pointer")
        if len(sig["inputs"]) > MAX_FN_PARAMS:
            raise ValueError("function pointer with more than %d parameters" % MAX_FN_PARAMS)
        if sig["is_c_variadic"] and not sig["inputs"]:
            raise ValueError("variadic function pointer without a named parameter")
        if sig["output"] == {"primitive": "never"}:
            raise ValueError("function pointer returning `!`")


class CTypes:
    """Renders rustdoc types as C declarations."""

    def __init__(self, crate, config):
        self.crate = crate
        self.config = config

    def tag(self, name):
        """The C spelling of a crate struct/union/enum/alias name."""
        if name in self.config.c_names:
            return self.config.c_names[name]
        if name in CORE_FFI:
            # The crate's own `c_int`, ... (aliases of the primitives that
            # core::ffi names), so their own alias checks compare them with
            # C's `int`, ..., `char`'s signedness included.
            return CORE_FFI[name]
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
            return self.decl(pointee, (" const *" if q else "*") + inner)
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

    def __init__(self, owner, item, what, c_expr, rust_expr, names_item=False, describe=None,
                 matches=None):
        self.owner = owner  # the crate item it belongs to: (namespace, name)
        self.item = item  # item name (or item.field)
        self.what = what  # "size", "align", "offset", "value", "kind", ...
        self.c_expr = c_expr
        self.rust_expr = rust_expr
        # Whether C rejecting this check as undeclared means that the
        # translation unit does not declare the item (its size, its value).
        self.names_item = names_item
        # Renders a value for a mismatch report (None: as a number).
        self.describe = describe
        # Whether C's and Rust's values agree (None: if they are equal).
        self.matches = matches
        # For a constant of struct type: (C type, Rust type) whose bytes
        # are compared besides the size held in c_expr/rust_expr.
        self.value_type = None
        self.id = None  # unique per run: names the C and Rust byte copies

    @property
    def label(self):
        return "%s %s" % (self.item, self.what)

    @property
    def key(self):
        return ("check", self.id)


class Prototype:
    """One function: a C pointer to it under the crate's prototype."""

    names_item = True

    def __init__(self, name, decl, rust_body=False, c_name=None):
        self.name = name
        self.owner = ("value", name)
        self.decl = decl  # C declaration of the pointer `abi_fn_<name>`
        # The function's C name, where the crate's differs (c_names.txt:
        # glibc's `basename` is the crate's `gnu_basename`).
        self.c_name = c_name or name
        # A function with a Rust body has no musl symbol to link against.
        self.rust_body = rust_body

    @property
    def key(self):
        return ("fn", self.name)


def c_kind_expr(c_lvalue, lengths):
    """C expression of the kind code of `c_lvalue`, whose Rust type has the
    array `lengths`: it looks two array levels deep, as far as the Rust
    type's code (Kind::CODE in the Rust probe) describes. A C array where
    Rust has none is plain ARRAY; an array where Rust has one is described
    in full, so a different shape is a different code; subscripting what is
    no array nor pointer in C is an error, a mismatch too."""
    if not lengths:
        return "ABI_KIND(%s)" % c_lvalue
    elem = "(%s)[0]" % c_lvalue
    if len(lengths) == 1:
        sub = "ABI_KIND(%s)" % elem
    else:
        sub = "ABI_ARRAY(%s, ABI_COUNT(%s), ABI_KIND((%s)[0]))" % (elem, elem, elem)
    # Rust's `[T; 0]` stands for a C flexible array member, of no size.
    count = ("ABI_FLEX_COUNT(%s)" if lengths[0] == "0" else "ABI_COUNT(%s)") % c_lvalue
    return "ABI_ARRAY(%s, %s, %s)" % (c_lvalue, count, sub)


def kind_checks(owner, item, c_lvalue, rust_ptr, lengths):
    """The kind checks of one field or alias: one per two array levels."""
    checks = []
    level = 0
    while True:
        checks.append(Check(owner, item + "[0]" * level, "kind",
                            c_kind_expr(c_lvalue, lengths[level:]),
                            "kind_code(%s)" % rust_ptr, describe=describe_kind,
                            matches=kinds_match))
        if len(lengths) - level <= 2:
            return checks
        # The code covers two levels and marks the third ARRAY: the element
        # gets a code of its own.
        level += 1
        c_lvalue = "(%s)[0]" % c_lvalue
        rust_ptr = "element(%s)" % rust_ptr


# Sample arguments for a C macro mirrored by a Rust `const fn`: small values,
# byte and half-word edges, and wide patterns, cast to each parameter's type
# on both sides (so the same bits go in).
MACRO_SAMPLES = [0, 1, 2, 3, 7, 0x0b, 0x7f, 0x80, 0x8b, 0xff, 0x100, 0x17f, 0xa00, 0x137f,
                 0x7f00, 0xffff, 0x10000, 0x12345678, 0x7fffffff, -1,
                 0x123456789abcdef0, 0xfedcba9876543210]


def macro_checks(owner, name, sig, crate, ctypes):
    """One check per row of sample arguments: C's `NAME(args)` against the
    crate's `NAME(args)`, both cast to the Rust result's type."""
    params = sig["inputs"]
    out = sig["output"]
    c_params = [ctypes.decl(ty) for _, ty in params]
    rust_params = [rust_type(ty) for _, ty in params]
    checks = []
    rows = len(MACRO_SAMPLES)
    for r in range(rows):
        args = [MACRO_SAMPLES[(r + 7 * j) % rows] for j in range(len(params))]
        c_args = ", ".join("(%s)(%s)" % (ct, c_literal(v)) for ct, v in zip(c_params, args))
        rust_args = ", ".join("(%di128 as %s)" % (v, rt) for rt, v in zip(rust_params, args))
        if out == {"primitive": "bool"}:
            c_expr = "(unsigned long long)!!(%s(%s))" % (name, c_args)
        else:
            c_expr = "(unsigned long long)(%s)(%s(%s))" % (ctypes.decl(out), name, c_args)
        label = "value(%s)" % ", ".join(hex(v) if v >= 0 else str(v) for v in args)
        checks.append(Check(owner, name, label, c_expr, "%s(%s) as u64" % (name, rust_args),
                            names_item=True))
    return checks


def c_literal(v):
    return "%dLL" % v if v < 0 else "%#xULL" % v


def rust_type(ty):
    if "primitive" in ty:
        return ty["primitive"]
    return ty["resolved_path"]["path"].split("::")[-1]


def build_checks(crate, config, ctypes):
    checks, fns, skipped, problems = [], [], [], []
    for kind, item in crate.items:
        name = item["name"]
        reason = config.skip(name)
        if reason:
            skipped.append((name, reason))
            continue
        item_checks = []
        # Types and values are separate namespaces (`struct stat`, `fn stat`).
        owner = ("type" if kind in ("struct", "union", "type_alias") else "value", name)
        try:
            if kind in ("struct", "union"):
                c = ctypes.tag(name)
                item_checks.append(Check(owner, name, "size", "sizeof(%s)" % c,
                                         "size_of::<%s>()" % name, names_item=True))
                item_checks.append(Check(owner, name, "align", "_Alignof(%s)" % c,
                                         "align_of::<%s>()" % name, names_item=True))
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
                    fty = f["inner"]["struct_field"]
                    lengths = crate.array_lengths(fty)
                    item_checks.append(Check(owner, key, "offset", "offsetof(%s, %s)" % (c, cf),
                                             "offset_of!(%s, %s)" % (name, f["name"])))
                    if not (lengths and lengths[0] == "0"):
                        # (A C flexible array member, `T x[];`, has an
                        # offset but no size.)
                        item_checks.append(Check(owner, key, "size",
                                                 "sizeof(((%s *)0)->%s)" % (c, cf),
                                                 "field_size!(%s, %s)" % (name, f["name"])))
                    item_checks += kind_checks(owner, key, "((%s *)0)->%s" % (c, cf),
                                               "field_ptr!(%s, %s)" % (name, f["name"]), lengths)
            elif kind == "type_alias":
                ty = item["inner"]["type_alias"]["type"]
                c = ctypes.tag(name)
                item_checks.append(Check(owner, name, "size", "sizeof(%s)" % c,
                                         "size_of::<%s>()" % name, names_item=True))
                # The kind includes an integer's signedness.
                item_checks += kind_checks(owner, name, "(*(%s *)0)" % c,
                                           "core::ptr::null::<%s>()" % name,
                                           crate.array_lengths(ty))
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
                    item_checks.append(Check(owner, name, "value",
                                             "(unsigned long long)(uintptr_t)(%s)" % cname,
                                             "ptr_bits(%s)" % name, names_item=True))
                elif crate.resolve_int(ty):
                    item_checks.append(Check(owner, name, "value",
                                             "(unsigned long long)(%s)(%s)" % (ct, cname),
                                             "%s as u64" % name, names_item=True))
                elif "resolved_path" in ty and ctypes.tag(ty["resolved_path"]["path"].split(
                        "::")[-1]) is not None and crate.is_aggregate(ty):
                    rt = ty["resolved_path"]["path"].split("::")[-1]
                    ch = Check(owner, name, "value size", "sizeof(%s)" % ct, "size_of::<%s>()" % rt,
                               names_item=True)
                    ch.value_type = (ct, rt)
                    item_checks.append(ch)
                else:
                    problems.append("%s: constant of a type the checker cannot compare" % name)
            elif kind == "function":
                sig = item["inner"]["function"]["sig"]
                fns.append(Prototype(name, ctypes._fn(sig, "(*abi_fn_%s)" % name),
                                     c_name=config.c_names.get(name)))
            elif kind == "rust_fn" and name in config.wrappers:
                # A system call wrapper: no musl declaration to compare with;
                # check_wrappers compares it with glibc's or the kernel's.
                skipped.append((name, "system call wrapper: compared with %s's %s by "
                                "check_wrappers (wrappers.txt)" % config.wrappers[name]))
                continue
            elif kind == "rust_fn":
                fn = item["inner"]["function"]
                sig = fn["sig"]
                if fn["generics"]["params"]:
                    problems.append("%s: a generic Rust function (list it in skips.txt)" % name)
                elif fn["header"]["is_const"] and crate.macro_like(sig):
                    # A C macro on integers, as a `const fn`: both evaluated
                    # at compile time over sample arguments.
                    item_checks += macro_checks(owner, name, sig, crate, ctypes)
                else:
                    # A Rust function standing in for a C function (the LFS64
                    # names, which C has as macros for the plain function):
                    # its prototype must be C's.
                    fns.append(Prototype(name, ctypes._fn(sig, "(*abi_fn_%s)" % name),
                                         rust_body=True))
            else:
                problems.append("%s: %s is not classified (list it in skips.txt)" % (name, kind))
        except ValueError as e:
            problems.append("%s: %s" % (name, e))
            continue
        # A single quantity can be skipped too: `item:what` or
        # `item.field:what` (e.g. `sighandler_t:kind`).
        kept = []
        for ch in item_checks:
            key = "%s:%s" % (ch.item, ch.what)
            reason = config.skip(key)
            if reason:
                skipped.append((key, reason))
            else:
                kept.append(ch)
        checks += kept
    for n, ch in enumerate(checks):
        ch.id = n
    return checks, fns, skipped, problems


KIND_MACROS = "".join("#define ABI_K_%s %dull\n" % (k, v[0]) for k, v in KINDS.items()) + """\
#define ABI_COUNT_MAX %(count_max)#xull
/* Array or not: an array's type differs from what it decays to. */
#define ABI_IS_ARRAY(x) (!__builtin_types_compatible_p(__typeof__(x), __typeof__((0, (x)))))
#ifdef __SIZEOF_INT128__
#define ABI_INT128_KINDS __int128: ABI_K_SIGNED, unsigned __int128: ABI_K_UNSIGNED,
#else
#define ABI_INT128_KINDS
#endif
/* __builtin_classify_type: 5 pointer, 8 real, 12 struct, 13 union. */
#define ABI_CLASS(x) (__builtin_classify_type(x) == 5 ? ABI_K_POINTER \\
    : __builtin_classify_type(x) == 8 ? ABI_K_FLOAT : __builtin_classify_type(x) == 12 \\
    ? ABI_K_STRUCT : __builtin_classify_type(x) == 13 ? ABI_K_UNION : ABI_K_OTHER)
/* An enum matches the integer type it is compatible with. */
#define ABI_KIND(x) (ABI_IS_ARRAY(x) ? ABI_K_ARRAY : _Generic((0, (x)), \\
    _Bool: ABI_K_BOOL, char: ((char)-1 < 0 ? ABI_K_SIGNED : ABI_K_UNSIGNED), \\
    signed char: ABI_K_SIGNED, short: ABI_K_SIGNED, int: ABI_K_SIGNED, \\
    long: ABI_K_SIGNED, long long: ABI_K_SIGNED, \\
    unsigned char: ABI_K_UNSIGNED, unsigned short: ABI_K_UNSIGNED, \\
    unsigned int: ABI_K_UNSIGNED, unsigned long: ABI_K_UNSIGNED, \\
    unsigned long long: ABI_K_UNSIGNED, ABI_INT128_KINDS \\
    long double: (sizeof(long double) > sizeof(double) ? ABI_K_LDOUBLE : ABI_K_FLOAT), \\
    default: ABI_CLASS(x)))
#define ABI_COUNT(x) (sizeof(x) / sizeof((x)[0]) < ABI_COUNT_MAX \\
    ? sizeof(x) / sizeof((x)[0]) : ABI_COUNT_MAX)
/* A flexible array member (or GNU `x[0]`) has no size: count 0, and any
   other array ABI_COUNT_MAX, which Rust's `[T; 0]` never is. */
#define ABI_FLEX_COUNT(x) \\
    (__builtin_types_compatible_p(__typeof__(x), __typeof__((x)[0])[0]) ? 0 : ABI_COUNT_MAX)
#define ABI_ARRAY(x, count, elem) (ABI_IS_ARRAY(x) ? (ABI_K_ARRAY \\
    | (unsigned long long)(count) << 4 | (unsigned long long)(elem) << 24) : ABI_KIND(x))
""" % dict(count_max=KIND_COUNT_MAX)

C_PRELUDE = """\
#define _GNU_SOURCE 1
#define _LARGEFILE64_SOURCE 1
#define _DEFAULT_SOURCE 1
#define _BSD_SOURCE 1
%s
/* glibc's <resolv.h> renames `p_type` (elf.h's Phdr member) to `__p_type`. */
#undef p_type
#include <stddef.h>
#include <stdint.h>
#define ABI_SYS(a, b) ABI_SYS_##a
""" + KIND_MACROS


def write_c(path, unit, headers, checks, fns, macros=()):
    """Writes one translation unit of the C probe: its value table
    `abi_c_vals_<unit>`, the struct-valued constants, the function pointers
    and `abi_keep_<unit>`, which the probe's main() holds on to. Returns
    {line number: check or Prototype}, to read compiler errors."""
    out = [(line, None) for line in
           (C_PRELUDE % "\n".join("#include <%s>" % h for h in headers)).split("\n")]
    for name, params, body in macros:
        for line in ("#ifndef %s" % name, "#define %s(%s) %s" % (name, params, body), "#endif"):
            out.append((line, None))
    # SYS_x falls back to the kernel's __NR_x where musl's table stops.
    sys_names = sorted({re.search(r"ABI_SYS\((\w+), (\w+)\)", ch.c_expr).groups()
                        for ch in checks if "ABI_SYS(" in ch.c_expr})
    for s, nr in sys_names:
        for line in ("#if defined(%s)" % s, "#define ABI_SYS_%s %s" % (s, s), "#else",
                     "#define ABI_SYS_%s %s" % (s, nr), "#endif"):
            out.append((line, None))
    out.append(("const unsigned long long abi_c_vals_%s[%d] = {" % (unit, max(1, len(checks))),
                None))
    for ch in checks:
        out.append(("    (unsigned long long)(%s)," % ch.c_expr, ch))
    if not checks:
        out.append(("    0,", None))
    out.append(("};", None))
    keep = ["abi_c_vals_%s" % unit]
    for ch in checks:
        if ch.value_type:
            out.append(("const %s abi_cb_%d = %s;" % (ch.value_type[0], ch.id, ch.item), ch))
            keep.append("&abi_cb_%d" % ch.id)
    for fn in fns:
        out.append(("%s = %s;" % (fn.decl, fn.c_name), fn))
        keep.append("&abi_fn_%s" % fn.name)
    out.append(("const void *const abi_keep_%s[] = {" % unit, None))
    out += [("    (const void *)%s," % k, None) for k in keep]
    out.append(("};", None))
    with open(path, "w") as f:
        f.write("\n".join(line for line, _ in out) + "\n")
    return {n: what for n, (_, what) in enumerate(out, 1) if what is not None}


def write_c_main(path, units):
    """The probe's main(): it refers to every unit's and Rust's tables, so
    the static link keeps them (and must resolve every function)."""
    lines = ["extern const void *const abi_keep_%s[];" % u for u in units]
    lines += ["extern const unsigned long long abi_rust_vals[];",
              "extern const void *const abi_rust_fns[];",
              "int main(void) {",
              "    volatile const void *f = abi_rust_vals;",
              "    f = abi_rust_fns;"]
    lines += ["    f = abi_keep_%s;" % u for u in units]
    lines += ["    (void)f;", "    return 0;", "}"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


RUST_PROBE_LIB = """\
#![no_std]
#![allow(unused_imports, non_upper_case_globals, deprecated, dead_code)]
// Pointer-valued constants (MAP_FAILED, SIG_ERR, ...) are plain addresses
// without provenance, so reading their bits at compile time is sound.
#![allow(unknown_lints, ptr_to_integer_transmute_in_consts)]
use core::mem::{align_of, offset_of, size_of};
use libc::*;

const fn pointee_size<T>(_: *const T) -> usize {
    size_of::<T>()
}
macro_rules! field_ptr {
    ($t:ty, $f:ident) => {{
        let u = core::mem::MaybeUninit::<$t>::uninit();
        let p = u.as_ptr();
        unsafe { core::ptr::addr_of!((*p).$f) }
    }};
}
macro_rules! field_size {
    ($t:ty, $f:ident) => {
        pointee_size(field_ptr!($t, $f))
    };
}
const fn ptr_bits<T>(p: *const T) -> u64 {
    unsafe { core::mem::transmute::<*const T, usize>(p) as u64 }
}

// Kind codes, as abi_check.py defines them (and the C probe computes).
%(kind_consts)s
const ABI_COUNT_MAX: u64 = %(count_max)#x;

/// The kind code of a type, as far as one code goes: `KIND` alone, `SUB`
/// one array level deep, `CODE` two.
pub trait Kind {
    const KIND: u64;
    const SUB: u64;
    const CODE: u64;
}
macro_rules! kinds {
    ($k:expr; $($t:ty),*) => {
        $(impl Kind for $t {
            const KIND: u64 = $k;
            const SUB: u64 = $k;
            const CODE: u64 = $k;
        })*
    };
}
kinds!(ABI_K_SIGNED; i8, i16, i32, i64, i128, isize);
kinds!(ABI_K_UNSIGNED; u8, u16, u32, u64, u128, usize);
kinds!(ABI_K_FLOAT; f32, f64);
kinds!(ABI_K_BOOL; bool);
impl<T: ?Sized> Kind for *const T {
    const KIND: u64 = ABI_K_POINTER;
    const SUB: u64 = ABI_K_POINTER;
    const CODE: u64 = ABI_K_POINTER;
}
impl<T: ?Sized> Kind for *mut T {
    const KIND: u64 = ABI_K_POINTER;
    const SUB: u64 = ABI_K_POINTER;
    const CODE: u64 = ABI_K_POINTER;
}
const fn array_code(n: usize, elem: u64) -> u64 {
    let n = if n as u64 > ABI_COUNT_MAX { ABI_COUNT_MAX } else { n as u64 };
    ABI_K_ARRAY | n << 4 | elem << 24
}
impl<T: Kind, const N: usize> Kind for [T; N] {
    const KIND: u64 = ABI_K_ARRAY;
    const SUB: u64 = array_code(N, T::KIND);
    const CODE: u64 = array_code(N, T::SUB);
}
// Function pointers, plain and in an Option, are pointers.
macro_rules! fn_pointer_kinds {
    ($($a:ident),*) => {
        impl<R, $($a),*> Kind for extern "C" fn($($a),*) -> R { %(ptr_consts)s }
        impl<R, $($a),*> Kind for unsafe extern "C" fn($($a),*) -> R { %(ptr_consts)s }
        impl<R, $($a),*> Kind for Option<extern "C" fn($($a),*) -> R> { %(ptr_consts)s }
        impl<R, $($a),*> Kind for Option<unsafe extern "C" fn($($a),*) -> R> { %(ptr_consts)s }
    };
    ($($a:ident),* ; ...) => {
        impl<R, $($a),*> Kind for extern "C" fn($($a),* , ...) -> R { %(ptr_consts)s }
        impl<R, $($a),*> Kind for unsafe extern "C" fn($($a),* , ...) -> R { %(ptr_consts)s }
        impl<R, $($a),*> Kind for Option<extern "C" fn($($a),* , ...) -> R> { %(ptr_consts)s }
        impl<R, $($a),*> Kind for Option<unsafe extern "C" fn($($a),* , ...) -> R> {
            %(ptr_consts)s
        }
    };
}
%(fn_kinds)s
// The crate's structs and unions.
%(aggregate_kinds)s

const fn kind_code<T: Kind>(_: *const T) -> u64 {
    T::CODE
}
const fn element<T, const N: usize>(p: *const [T; N]) -> *const T {
    p as *const T
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


def write_rust(probe_dir, crate_dir, checks, fns, structs, unions):
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
    statics = ["#[no_mangle]\npub static abi_rb_%d: %s = %s;" % (ch.id, ch.value_type[1], ch.item)
               for ch in checks if ch.value_type]
    fn_lines = ["    FnPtr(%s as *const ())," % fn.name for fn in fns if not fn.rust_body]
    if not fn_lines:
        fn_lines.append("    FnPtr(core::ptr::null()),")
    params = ["A%d" % i for i in range(MAX_FN_PARAMS + 1)]
    fn_kinds = ["fn_pointer_kinds!(%s);" % ", ".join(params[:n]) for n in range(MAX_FN_PARAMS + 1)]
    fn_kinds += ["fn_pointer_kinds!(%s; ...);" % ", ".join(params[:n])
                 for n in range(1, MAX_FN_PARAMS + 1)]
    aggregates = []
    for k, names in (("ABI_K_STRUCT", structs), ("ABI_K_UNION", unions)):
        if names:
            aggregates.append("kinds!(%s; %s);" % (k, ", ".join(names)))
    src = RUST_PROBE_LIB % dict(
        n=max(1, len(checks)), vals="\n".join(vals), nf=max(1, len(fn_lines)),
        fns="\n".join(fn_lines),
        kind_consts="\n".join("const ABI_K_%s: u64 = %d;" % (k, v[0]) for k, v in KINDS.items()),
        count_max=KIND_COUNT_MAX, fn_kinds="\n".join(fn_kinds),
        aggregate_kinds="\n".join(aggregates),
        ptr_consts="const KIND: u64 = ABI_K_POINTER; const SUB: u64 = ABI_K_POINTER; "
                   "const CODE: u64 = ABI_K_POINTER;")
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


def kernel_internal_include():
    """Where ci/setup.sh writes abi_kernel_internal.h: the kernel's internal
    PF_* task flags and enum pid_type, from Debian's linux-headers package."""
    cache = os.environ.get("LIBC_CI_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "libc-musl-ci")
    return os.path.join(cache, "kernel-internal", "include")


def compare_values(units, n_checks, rust_obj, c_obj_of):
    """The comparison itself, for this check and tests/wali/c_model_check.py:
    each translation unit's C values (in `c_obj_of(unit)`) against the Rust
    probe's (in `rust_obj`), check by check, in the order of `units`; both
    objects read `abi_*` symbols with u64s() and bytes(). Returns the
    mismatches, described."""
    mismatches = []
    rvals = rust_obj.u64s("abi_rust_vals", max(1, n_checks))
    pos = 0
    for unit in units:
        name, u_checks = unit[0], unit[1]
        cobj = c_obj_of(unit)
        cvals = cobj.u64s("abi_c_vals_%s" % name, max(1, len(u_checks)))
        for ch, cv, rv in zip(u_checks, cvals, rvals[pos:pos + len(u_checks)]):
            if not (ch.matches(cv, rv) if ch.matches else cv == rv):
                if ch.describe:
                    mismatches.append("%s: C %s, Rust %s" % (ch.label, ch.describe(cv),
                                                            ch.describe(rv)))
                else:
                    mismatches.append("%s: C %d (%#x), Rust %d (%#x)" % (ch.label, cv, cv, rv, rv))
            elif ch.value_type:
                cb, rb = cobj.bytes("abi_cb_%d" % ch.id), rust_obj.bytes("abi_rb_%d" % ch.id)
                if cb != rb:
                    mismatches.append("%s bytes: C %s, Rust %s" % (ch.item, cb.hex(), rb.hex()))
        pos += len(u_checks)
    return mismatches


def zig_cc(zig_target):
    py = os.environ.get("LIBC_CI_PY", sys.executable)
    cmd = [py, "-m", "ziglang", "cc", "-target", zig_target, "-I", kernel_internal_include()]
    # (loongarch64: zig's default CPU is not one qemu runs; the table's is,
    # with the hard-float ABI that rustc's objects use.)
    cmd += ZIG_CC_FLAGS.get(zig_target, [])
    return cmd


# The target's glibc for zig, for glibc.txt. zig ships no big-endian
# powerpc64 glibc; the little-endian one has the same generic headers.
def glibc_target(zig_target):
    t = re.sub(r"\.[0-9.]+$", "", zig_target.replace("-musl", "-gnu"))  # (a gnu target's glibc)
    return "powerpc64le-linux-gnu" if t == "powerpc64-linux-gnu" else t


def check_glibc_sources(entries, c_exprs, c_macros, cc):
    """Each (rust name, glibc header, glibc macro) of glibc.txt: the macro as
    the header defines it (from `cc -E -dM`) must be what c_exprs.txt gives
    for the rust name, whitespace aside. Returns (checked, mismatches)."""
    headers = sorted({h for _, h, _ in entries})
    cmd = cc + ["-E", "-dM", "-D_GNU_SOURCE", "-x", "c", "-"]
    for h in headers:
        cmd[-3:-3] = ["-include", h]
    r = subprocess.run(cmd, input="", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise CheckError("glibc's headers do not preprocess:\n" + r.stdout[-2000:])
    defs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"#define (\w+)(\([^)]*\))?\s*(.*)$", line)
        if m:
            defs[m.group(1)] = (m.group(2), m.group(3))
    squeeze = lambda x: re.sub(r"\s+", "", x or "")
    macros = {name: ("(%s)" % params, body) for name, params, body in c_macros}
    mismatches = []
    for rust, header, macro in entries:
        ours = macros.get(rust) or (None, c_exprs.get(rust))
        if ours[1] is None:
            mismatches.append("%s: glibc.txt names it, c_exprs.txt does not" % rust)
        elif macro not in defs:
            mismatches.append("%s: glibc's <%s> defines no %s" % (rust, header, macro))
        elif (squeeze(ours[0]), squeeze(ours[1])) != tuple(squeeze(x) for x in defs[macro]):
            mismatches.append("%s: c_exprs.txt has %s %s, glibc's <%s> defines %s%s %s"
                              % (rust, ours[0] or "", ours[1], header, macro,
                                 defs[macro][0] or "", defs[macro][1]))
    return len(entries), mismatches


def kernel_syscalls_file():
    """Where ci/setup.sh keeps the kernel's `asmlinkage long sys_*(...)`
    prototypes (include/linux/syscalls.h) and `key_serial_t`, one a line."""
    return os.path.join(os.path.dirname(kernel_internal_include()), "syscalls.txt")


# The glibc whose declarations the wrappers are held to: the newest that
# zig's glibc headers tell apart (their newest guard is
# `__GLIBC_MINOR__ >= 44`); zig hides what an older glibc lacks.
GLIBC_NEWEST = "2.44"

# The headers a kernel prototype's argument types come from (the kernel's
# `__user` marks nothing in C).
KERNEL_PROTO_HEADERS = ["stdint.h", "sys/types.h", "time.h", "linux/types.h",
                        "linux/time_types.h", "linux/landlock.h"]


def kernel_params(decl):
    """The argument types of `asmlinkage long sys_x(T1 a, T2 *b);`."""
    inner = re.match(r"asmlinkage long \w+\((.*)\);$", decl).group(1).strip()
    if inner == "void":
        return []
    types = []
    for p in inner.split(","):
        p = re.sub(r"\b__user\b", "", p).strip()
        m = re.match(r"(.*?[\s*])(\w+)$", p)
        if not m:
            raise CheckError("cannot read the kernel's argument `%s` in: %s" % (p, decl))
        types.append(re.sub(r"\s+", " ", m.group(1)).strip())
    return types


def check_wrappers(crate, config, ctypes, zig_target, out):
    """The system call wrappers of wrappers.txt (musl declares none of them):
    each with glibc's declaration, as musl's functions are checked (the C
    compiler must accept a pointer to glibc's function under the crate's
    prototype; compile_units), or with the kernel's in-kernel prototype: the
    same argument count, and each argument of the same kind and size
    (KIND_MACROS). Returns (checked, mismatches, {source: count})."""
    glibc_fns, glibc_headers, kernel = [], [], []
    for kind, item in crate.items:
        name = item["name"]
        if kind != "rust_fn" or name not in config.wrappers:
            continue
        sig = item["inner"]["function"]["sig"]
        source, where = config.wrappers[name]
        if source == "glibc":
            glibc_fns.append(Prototype(name, ctypes._fn(sig, "(*abi_fn_%s)" % name)))
            if where not in glibc_headers:
                glibc_headers.append(where)
        else:
            kernel.append((name, where, [ctypes.decl(t) for _, t in sig["inputs"]]))
    mismatches = []
    if glibc_fns:
        unit = SimpleNamespace(units=[("glibc_wrappers", glibc_headers)], c_macros=[],
                               target=zig_target)
        cc = zig_cc("%s.%s" % (glibc_target(zig_target), GLIBC_NEWEST))
        _, found, _ = compile_units(unit, cc, out, [], glibc_fns)
        mismatches += [m.replace("differs from C", "differs from glibc's") for m in found]
    if kernel:
        path = kernel_syscalls_file()
        if not os.path.exists(path):
            raise CheckError("no %s: run ci/setup.sh" % path)
        lines = [l.strip() for l in open(path) if not l.startswith("#")]
        protos = {re.match(r"asmlinkage long (\w+)\(", l).group(1): l
                  for l in lines if l.startswith("asmlinkage long ")}
        src = ["#define __user"] + [l for l in lines if l.startswith("typedef ")]
        where = {}  # line number -> (wrapper, argument number)
        body = []
        for name, sys_name, ours in kernel:
            if sys_name not in protos:
                mismatches.append("%s: the kernel has no %s" % (name, sys_name))
                continue
            theirs = kernel_params(protos[sys_name])
            if len(theirs) != len(ours):
                mismatches.append("%s: %d arguments, the kernel's %s takes %d"
                                  % (name, len(ours), sys_name, len(theirs)))
                continue
            for i, (kt, rt) in enumerate(zip(theirs, ours), 1):
                body.append(("_Static_assert(ABI_KIND(*(%s *)0) == ABI_KIND(*(%s *)0) && "
                             "sizeof(%s) == sizeof(%s), \"%s argument %d\");"
                             % (kt, rt, kt, rt, name, i), (name, i, kt, rt)))
        c = os.path.join(out, "probe_kernel_wrappers.c")
        text = (C_PRELUDE % "\n".join("#include <%s>" % h for h in KERNEL_PROTO_HEADERS)
                ).split("\n") + src
        for line, what in body:
            text.append(line)
            where[len(text)] = what
        with open(c, "w") as f:
            f.write("\n".join(text) + "\n")
        r = run(zig_cc(zig_target) + C_FLAGS + ["-o", c[:-2] + ".o", c])
        bad = set()
        for m in re.finditer(r"probe_kernel_wrappers\.c:(\d+):\d+: error: (.*)", r.stdout):
            what = where.get(int(m.group(1)))
            if what is None:
                raise CheckError("the kernel prototypes' probe does not compile:\n"
                                 + r.stdout[-3000:])
            if what not in bad:
                bad.add(what)
                mismatches.append("%s argument %d: the crate's %s is not the kernel's %s "
                                  "in kind or size" % (what[0], what[1], what[3], what[2]))
        if r.returncode != 0 and not bad:
            raise CheckError("the kernel prototypes' probe does not compile:\n" + r.stdout[-3000:])
    counts = {"glibc": len(glibc_fns), "kernel": len(kernel)}
    return len(glibc_fns) + len(kernel), mismatches, counts


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


C_FLAGS = ["-c", "-std=gnu11", "-ferror-limit=0", "-w",
           "-Werror=incompatible-function-pointer-types", "-Werror=incompatible-pointer-types",
           "-Werror=int-conversion", "-Werror=implicit-function-declaration"]

# What clang says when a translation unit does not declare a name.
UNDECLARED = re.compile(r"use of undeclared identifier|unknown type name|"
                        r"a parameter list without types|call to undeclared function")
INCOMPLETE = re.compile(r"incomplete (?:definition of )?type '([^']*)'(?: \(aka '([^']*)'\))?")


def undeclared(msg):
    """Does this compiler error say that a name is not declared (or that a
    struct, union or enum is not defined) in the translation unit?"""
    if UNDECLARED.search(msg):
        return True
    m = INCOMPLETE.search(msg)
    return bool(m) and any(t and re.match(r"(?:const |volatile )*(?:struct|union|enum) ", t)
                           for t in m.groups())


def compile_units(config, cc, out, checks, fns):
    """Compiles the C probe's translation units in the order of headers.txt.
    Every item starts in the first; one whose C name a unit does not declare
    moves to the next (or, from the last, is a mismatch); whatever else C
    rejects is a mismatch and leaves the probe. Returns the units' final
    (name, checks, functions, object) for the units that have anything, the
    mismatches, and {(namespace, item name): unit name}."""
    units = config.units
    unit_checks = [[] for _ in units]
    unit_fns = [[] for _ in units]
    unit_checks[0], unit_fns[0] = list(checks), list(fns)
    unit_of = {x.owner: units[0][0] for x in checks + fns}
    first_error = {}  # check or function -> the first error C gave for it
    mismatches, done = [], []
    for k, (unit, headers) in enumerate(units):
        last = k == len(units) - 1
        src = os.path.join(out, "probe_%s.c" % unit)
        obj = os.path.join(out, "probe_%s.o" % unit)
        for attempt in range(50):
            if not unit_checks[k] and not unit_fns[k]:
                break
            mapping = write_c(src, unit, headers, unit_checks[k], unit_fns[k], config.c_macros)
            r = run(cc + C_FLAGS + ["-o", obj, src])
            if r.returncode == 0:
                done.append((unit, unit_checks[k], unit_fns[k], obj))
                break
            errors = {}  # check or function -> its line's error messages
            for m in re.finditer(r"probe_%s\.c:(\d+):\d+: error: (.*)" % re.escape(unit),
                                 r.stdout):
                what = mapping.get(int(m.group(1)))
                if what is not None:
                    errors.setdefault(what, []).append(m.group(2))
            if not errors:
                die("C probe (translation unit %s) does not compile for %s:\n%s"
                    % (unit, config.target, r.stdout[-6000:]))
            # The items this unit does not declare.
            unresolved = set()
            for what, msgs in errors.items():
                first_error.setdefault(what.key, msgs[0])
                if what.names_item and any(undeclared(m) for m in msgs):
                    unresolved.add(what.owner)
            moved = set() if last else unresolved
            kept_checks, kept_fns = [], []
            for group, kept, is_fn in ((unit_checks[k], kept_checks, False),
                                       (unit_fns[k], kept_fns, True)):
                for x in group:
                    if x.owner in moved:
                        (unit_fns if is_fn else unit_checks)[k + 1].append(x)
                        unit_of[x.owner] = units[k + 1][0]
                    elif x in errors:
                        msg = errors[x][0]
                        if x.owner in unresolved:
                            # Declared in no unit: say what the first said.
                            msg = first_error[x.key]
                        if is_fn:
                            mismatches.append("%s: prototype differs from C: %s" % (x.name, msg))
                        else:
                            mismatches.append("%s: C rejects it: %s" % (x.label, msg))
                    else:
                        kept.append(x)
            unit_checks[k], unit_fns[k] = kept_checks, kept_fns
        else:
            die("C probe (translation unit %s) still fails after many rounds" % unit)
    return done, mismatches, unit_of


def check_target(target, crate_dir, out_root, verbose, wrappers_only=False):
    if target not in ZIG_TARGETS:
        die("no C toolchain known for " + target)
    config = Config(target)
    crate = Crate(rustdoc_json(crate_dir, target))
    ctypes = CTypes(crate, config)
    if wrappers_only:
        out = os.path.join(out_root, target)
        os.makedirs(out, exist_ok=True)
        n, mismatches, counts = check_wrappers(crate, config, ctypes, ZIG_TARGETS[target], out)
        for m in mismatches:
            print("  MISMATCH %s: %s" % (target, m))
        print("abi-check %s: system call wrappers: %d checked (against glibc %d, against the "
              "kernel %d), %d mismatches" % (target, n, counts["glibc"], counts["kernel"],
                                             len(mismatches)))
        return len(mismatches)
    checks, fns, skipped, problems = build_checks(crate, config, ctypes)
    if problems:
        for p in problems:
            print("  unclassified: " + p)
        die("%s: %d items the checker cannot classify" % (target, len(problems)))
    structs = sorted(i["name"] for k, i in crate.items if k == "struct")
    unions = sorted(i["name"] for k, i in crate.items if k == "union")

    out = os.path.join(out_root, target)
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if re.match(r"probe_\w+\.[co]$", name):
            os.remove(os.path.join(out, name))
    cc = zig_cc(ZIG_TARGETS[target])
    units, mismatches, unit_of = compile_units(config, cc, out, checks, fns)

    main_src = os.path.join(out, "probe_main.c")
    write_c_main(main_src, [u for u, _, _, _ in units])
    r = run(cc + C_FLAGS + ["-o", os.path.join(out, "probe_main.o"), main_src])
    if r.returncode != 0:
        die("the probe's main() does not compile:\n" + r.stdout[-4000:])

    # The Rust probe, then the link (which proves every function resolves).
    probe_dir = os.path.join(out, "probe")
    for attempt in range(20):
        all_checks = [ch for _, u_checks, _, _ in units for ch in u_checks]
        all_fns = [fn for _, _, u_fns, _ in units for fn in u_fns]
        write_rust(probe_dir, crate_dir, all_checks, all_fns, structs, unions)
        env = cargo_env()
        r = run(["cargo", "+nightly", "rustc", "-q", "--release", "-Zbuild-std=core", "--lib",
                 "--manifest-path", os.path.join(probe_dir, "Cargo.toml"), "--target", target,
                 "--", "--emit", "obj=" + os.path.join(out, "probe_rust.o")], env=env)
        if r.returncode != 0:
            die("Rust probe does not compile for %s:\n%s" % (target, r.stdout[-6000:]))
        # (musl statically; glibc, which zig links only dynamically, against
        # its stub libraries for the version named)
        static = [] if "-gnu" in ZIG_TARGETS[target] else ["-static"]
        r = run(cc + static + ["-o", os.path.join(out, "probe.elf"),
                      os.path.join(out, "probe_main.o")] + [o for _, _, _, o in units] +
                [os.path.join(out, "probe_rust.o")])
        if r.returncode == 0:
            break
        missing = set(re.findall(r"undefined symbol: (\w+)", r.stdout))
        if not any(fn.name in missing for fn in all_fns):
            die("link failed for %s:\n%s" % (target, r.stdout[-4000:]))
        for n, (unit, u_checks, u_fns, obj) in enumerate(units):
            bad = [fn for fn in u_fns if fn.name in missing]
            if not bad:
                continue
            for fn in bad:
                mismatches.append("%s: does not link against %s (undefined symbol)"
                                  % (fn.name, "glibc" if "-gnu" in target else "musl"))
            u_fns = [fn for fn in u_fns if fn.name not in missing]
            src = os.path.join(out, "probe_%s.c" % unit)
            write_c(src, unit, dict(config.units)[unit], u_checks, u_fns, config.c_macros)
            r = run(cc + C_FLAGS + ["-o", obj, src])
            if r.returncode != 0:
                die("C probe (translation unit %s) stopped compiling:\n%s"
                    % (unit, r.stdout[-4000:]))
            units[n] = (unit, u_checks, u_fns, obj)
    else:
        die("link still fails after many rounds")

    elf = Elf(os.path.join(out, "probe.elf"))
    mismatches += compare_values(units, len(all_checks), elf, lambda unit: elf)
    glibc_checked, glibc_mismatches = check_glibc_sources(
        config.glibc, config.c_exprs, config.c_macros,
        zig_cc(glibc_target(ZIG_TARGETS[target])))
    mismatches += glibc_mismatches
    wrappers_checked, wrapper_mismatches, wrapper_counts = check_wrappers(
        crate, config, ctypes, ZIG_TARGETS[target], out)
    mismatches += wrapper_mismatches
    oldest_note = ""
    if "-gnu" in target:
        # The functions that glibc 2.17, the oldest Rust's gnu targets
        # support, lacks: each must be in glibc_newer.txt, and nothing else.
        objs = [os.path.join(out, "probe_main.o")] + [o for _, _, _, o in units] + [
            os.path.join(out, "probe_rust.o")]
        newer = newer_than(target, objs, GLIBC_OLDEST)
        listed = config.glibc_newer
        for sym in sorted(newer - set(listed)):
            mismatches.append("%s: needs a glibc newer than %s and is not in glibc_newer.txt"
                              % (sym, GLIBC_OLDEST))
        for sym in sorted(set(listed) - newer):
            mismatches.append("%s: glibc_newer.txt lists it, and glibc %s has it"
                              % (sym, GLIBC_OLDEST))
        oldest_note = "; linked against glibc %s but %d functions, as glibc_newer.txt lists" % (
            GLIBC_OLDEST, len(newer))
    # The wrappers build_checks set aside are checked now, not skipped.
    skipped = [(k, why) for k, why in skipped if k not in config.wrappers]
    # Every check and function is compared (or rejected by C or the linker).
    total = len(checks) + len(fns) + glibc_checked + wrappers_checked
    for m in mismatches:
        print("  MISMATCH %s: %s" % (target, m))
    per_unit = {}
    for owner, unit in unit_of.items():
        per_unit[unit] = per_unit.get(unit, 0) + 1
    if verbose:
        for k, why in skipped:
            print("  skipped %s: %s" % (k, why))
        for (_, name), unit in sorted(unit_of.items()):
            if unit != config.units[0][0]:
                print("  checked in translation unit %s: %s" % (unit, name))
    print("abi-check %s: %d checked, %d mismatches, %d skipped (%d items, %d functions linked; "
          "items per translation unit: %s; system call wrappers against glibc %d, against the "
          "kernel %d)"
          % (target, total, len(mismatches), len(skipped), len(crate.items), len(all_fns),
             ", ".join("%s %d" % (u, per_unit.get(u, 0)) for u, _ in config.units),
             wrapper_counts["glibc"], wrapper_counts["kernel"]) + oldest_note)
    return len(mismatches)


# The oldest glibc Rust's linux-gnu targets support.
GLIBC_OLDEST = "2.17"


def newer_than(target, objs, version):
    """The symbols the probe's objects need that glibc `version` lacks: the
    undefined symbols of a link against that glibc's stub libraries."""
    zig = re.sub(r"\.[0-9.]+$", "", ZIG_TARGETS[target]) + "." + version
    r = run(zig_cc(zig) + ["-o", os.path.join(os.path.dirname(objs[0]),
                                                                        "probe-%s.elf" % version)]
            + objs)
    return set(re.findall(r"undefined symbol: (\w+)", r.stdout))


def glibc_versions(target, crate_dir, out_root):
    """glibc_newer.txt's lines for `target`: each function glibc 2.17 lacks
    with the first glibc (2.18 to GLIBC_NEWEST) that links it. Run after a
    check of the target (it reuses the probe's objects)."""
    out = os.path.join(out_root, target)
    objs = [os.path.join(out, "probe_main.o")] + sorted(
        os.path.join(out, f) for f in os.listdir(out)
        if re.match(r"probe_\w+\.o$", f) and f not in ("probe_main.o", "probe_rust.o")
        and not f.endswith("_wrappers.o")) + [os.path.join(out, "probe_rust.o")]
    missing = newer_than(target, objs, GLIBC_OLDEST)
    first = {}
    minor = int(GLIBC_OLDEST.split(".")[1])
    while missing and minor < int(GLIBC_NEWEST.split(".")[1]):
        minor += 1
        now = newer_than(target, objs, "2.%d" % minor)
        for sym in missing - now:
            first[sym] = "2.%d" % minor
        missing = now
    for sym in sorted(first, key=lambda x: (int(first[x].split(".")[1]), x)):
        print("%-40s %s" % (sym, first[sym]))
    for sym in sorted(missing):
        print("%-40s (none up to %s)" % (sym, GLIBC_NEWEST))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crate", default=REPO)
    ap.add_argument("--out", default=os.path.join(REPO, "target", "abi-check", "out"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--wrappers-only", action="store_true",
                    help="only the system call wrappers' check (wrappers.txt)")
    ap.add_argument("--glibc-versions", action="store_true",
                    help="after the check, print each function glibc 2.17 lacks with the "
                    "first glibc that has it (glibc_newer.txt's lines)")
    ap.add_argument("targets", nargs="+")
    a = ap.parse_args()
    a.out = os.path.abspath(a.out)
    if a.glibc_versions:
        for t in a.targets:
            glibc_versions(t, os.path.abspath(a.crate), a.out)
        return
    bad = broken = 0
    for t in a.targets:
        try:
            bad += check_target(t, os.path.abspath(a.crate), a.out, a.verbose, a.wrappers_only)
        except CheckError as e:
            print("abi-check %s: could not run: %s" % (t, e))
            broken += 1
    sys.exit(2 if broken else 1 if bad else 0)


if __name__ == "__main__":
    main()
