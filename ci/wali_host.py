#!/usr/bin/env python3
"""A minimal WALI host: runs a wasm32-wali-linux-musl module's `_start` with
the `wali` imports it needs forwarded to this machine's kernel.

It runs on the `wasmtime` wheel (threads and shared memory on, as WALI
modules define and export a shared memory). Every import is typed and
numbered from WALI's specification (tests/wali/wali-abi.json, or
$WALI_ABI_JSON): its wasm signature, its argument kinds and its x86_64
system call number, which this host passes to the kernel through ctypes'
`syscall`. Guest pointers are offsets into the module's exported `memory`:
the host bounds-checks each one (the size of the pointed-to struct from the
specification, a buffer's from the call's count argument, a path up to its
NUL) and passes the host address. Structures that hold pointers are
translated: the `struct iovec` array of writev (8 bytes each in the guest,
16 on x86_64). The result is the raw kernel return value, `-errno` on
failure, as WALI specifies. `exit_group` ends the module, not the host,
whose exit status is then the module's.

Only the calls in IMPLEMENTED are provided; a module that imports anything
else is refused before it runs. The host needs an x86_64 Linux machine.

Usage: wali_host.py MODULE.wasm   (exits with the module's exit status;
       2 for a host error, 3 for a trap)
"""
import ctypes
import json
import os
import platform
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.environ.get("WALI_ABI_JSON", os.path.join(REPO, "tests", "wali", "wali-abi.json"))

# The imports this host implements, by the spec's import name: what
# tests/wali/guest needs (all of them run there, so none is untested).
IMPLEMENTED = (
    "SYS_read", "SYS_write", "SYS_writev", "SYS_openat", "SYS_close", "SYS_fstat", "SYS_lseek",
    "SYS_getpid", "SYS_clock_gettime", "SYS_exit_group",
)
# Buffer arguments whose size is another argument of the same call.
SIZED_BY = {"buf": "count"}
IOVEC_GUEST, IOVEC_MAX = 8, 1024


class Exit(Exception):
    """The module called exit_group."""

    def __init__(self, status):
        super().__init__("exit(%d)" % status)
        self.status = status


class Fault(Exception):
    """A guest pointer outside its memory: the call fails with -EFAULT."""


class Host:
    def __init__(self, spec):
        import wasmtime

        self.wasmtime = wasmtime
        self.spec = spec
        self.calls = {s["import_name"]: s for s in spec["syscalls"] if s["implemented"]}
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.syscall.restype = ctypes.c_long
        config = wasmtime.Config()
        config.wasm_threads = True
        config.shared_memory = True
        self.engine = wasmtime.Engine(config)
        self.trace = os.environ.get("WALI_HOST_TRACE") == "1"

    # -- guest memory
    def memory(self, caller):
        mem = caller["memory"]
        base = ctypes.cast(mem.data_ptr(), ctypes.c_void_p).value
        return base, mem.data_len()

    def ptr(self, mem, off, size):
        """The host address of `size` bytes at guest offset `off` (NULL stays
        NULL)."""
        base, length = mem
        if off == 0:
            return None
        if off < 0 or size < 0 or off + size > length:
            raise Fault()
        return base + off

    def cstr(self, mem, off):
        base, length = mem
        if off <= 0 or off >= length:
            raise Fault()
        n = ctypes.string_at(base + off, min(length - off, 4096)).find(b"\0")
        if n < 0:
            raise Fault()
        return base + off

    def arg(self, mem, call, args, i):
        """The value to give the kernel for argument i of a call."""
        a, v = call["args"][i], args[i]
        if a["kind"] != "pointer":
            # wasmtime gives i32/i64 as signed Python ints; an unsigned C
            # type is its unsigned value.
            bits = 8 * a["size"] if a["size"] >= 4 else 32
            if not a.get("signed", True):
                v &= (1 << bits) - 1
            return v
        v &= 0xFFFFFFFF
        pointee = a["pointee"]
        single = a.get("indirection", 1) == 1
        if single and pointee == "char" and a["name"] in ("pathname", "path", "filename"):
            return self.cstr(mem, v)
        if single and pointee in self.spec["structs"]:
            return self.ptr(mem, v, self.spec["structs"][pointee]["size"])
        if a["name"] in SIZED_BY:
            names = [x["name"] for x in call["args"]]
            return self.ptr(mem, v, args[names.index(SIZED_BY[a["name"]])] & 0xFFFFFFFF)
        raise NotImplementedError("pointer argument %s of %s" % (a["name"], call["name"]))

    # -- system calls
    def kernel(self, nr, values):
        r = self.libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(v or 0) for v in values])
        return -ctypes.get_errno() if r == -1 else r

    def forward(self, caller, call, args):
        name = call["name"]
        if name == "exit_group":
            raise Exit(args[0])
        mem = self.memory(caller)
        try:
            if name == "writev":
                fd, iov, n = args
                if not 0 <= n <= IOVEC_MAX:
                    return -22  # EINVAL
                raw = ctypes.string_at(self.ptr(mem, iov & 0xFFFFFFFF, n * IOVEC_GUEST) or 0,
                                       n * IOVEC_GUEST) if n else b""
                native = (ctypes.c_uint64 * (2 * n))()
                for k in range(n):
                    base = int.from_bytes(raw[8 * k:8 * k + 4], "little")
                    length = int.from_bytes(raw[8 * k + 4:8 * k + 8], "little")
                    native[2 * k] = self.ptr(mem, base, length) or 0
                    native[2 * k + 1] = length
                values = [fd, ctypes.addressof(native), n]
            else:
                values = [self.arg(mem, call, args, i) for i in range(len(args))]
        except Fault:
            return -14  # EFAULT
        return self.kernel(call["nr"]["x86_64"], values)

    def define(self, linker, import_name):
        call = self.calls[import_name]
        wt = self.wasmtime
        vt = {"i32": wt.ValType.i32(), "i64": wt.ValType.i64()}
        ty = wt.FuncType([vt[p] for p in call["wasm_params"]],
                         [vt[r] for r in call["wasm_results"]])

        def func(caller, *args):
            r = self.forward(caller, call, list(args))
            if self.trace:
                print("wali-host: %s%s = %d" % (call["name"], tuple(args), r), file=sys.stderr)
            return r

        linker.define_func("wali", import_name, ty, func, access_caller=True)

    def run(self, path):
        wt = self.wasmtime
        module = wt.Module.from_file(self.engine, path)
        wanted = [(i.module, i.name) for i in module.imports if isinstance(i.type, wt.FuncType)]
        missing = [m + "." + n for m, n in wanted if m != "wali" or n not in IMPLEMENTED]
        if missing:
            print("wali-host: the module imports what this host does not implement: "
                  + ", ".join(missing), file=sys.stderr)
            return 2
        store = wt.Store(self.engine)
        linker = wt.Linker(self.engine)
        for _, name in wanted:
            self.define(linker, name)
        print("wali-host: %s imports %s" % (os.path.basename(path), ", ".join(n for _, n in wanted)),
              file=sys.stderr)
        instance = linker.instantiate(store, module)
        start = instance.exports(store)["_start"]
        sys.stdout.flush()
        try:
            start(store)
        except Exit as e:
            return e.status & 0xFF
        except wt.WasmtimeError as e:
            # An Exit raised inside an import unwinds the module as a trap
            # that carries it.
            cause = e.__cause__ or e.__context__
            if isinstance(cause, Exit):
                return cause.status & 0xFF
            print("wali-host: trap: %s" % e, file=sys.stderr)
            return 3
        return 0


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: wali_host.py MODULE.wasm")
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        print("wali-host: needs an x86_64 Linux host (WALI's system call numbers are x86_64's); "
              "this is %s %s" % (platform.system(), platform.machine()), file=sys.stderr)
        sys.exit(2)
    host = Host(json.load(open(SPEC)))
    sys.exit(host.run(sys.argv[1]))


if __name__ == "__main__":
    main()
