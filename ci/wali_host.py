#!/usr/bin/env python3
"""A WALI host for tests: runs a wasm32-wali-linux-musl module's `_start`
with its `wali` imports forwarded to this machine's kernel.

This is a test harness, not a WALI runtime for production: it runs one
thread, delivers no signal into the module, maps no memory for it and is as
slow as Python. Modules meant for real use run on the WALI project's own
WAMR-based runtime (https://github.com/arjunr2/WALI).

It runs on the `wasmtime` wheel (threads and shared memory on, as WALI
modules define and export a shared memory). Every system call import is typed
and numbered from WALI's specification (tests/wali/wali-abi.json, or
$WALI_ABI_JSON): its wasm signature, its argument kinds and its x86_64
system call number, which this host passes to the kernel through ctypes'
`syscall`. A module may import any system call the specification
implements, unless this host refuses it (below):

  - Scalar arguments pass through as the kernel's (unsigned C types as their
    unsigned value).
  - Pointers to plain data pass through as host addresses into the module's
    exported `memory`, each bounds-checked first: a path up to its NUL; a
    struct or array of the specification by its size (`struct stat`,
    `sigset_t`, ...), times a count where the call passes an array
    (`pollfd[nfds]`, `gid_t[size]`, `epoll_event[maxevents]`, two `int`s for
    `pipe2`, two `timespec`s for `utimensat`); a buffer by the argument that
    sizes it (`read`'s `count`, `getcwd`'s `size`, a `sockaddr` by its
    `addrlen`, or by the `socklen_t` an `addrlen` pointer holds).
  - Structures that hold pointers are translated between the module's
    layout (4-byte pointers) and x86_64's: the `struct iovec` arrays of
    `readv`/`writev`, the `struct msghdr` (and its `iovec`s) of
    `sendmsg`/`recvmsg`, and the `struct sigaction` of `rt_sigaction`
    (`SIG_DFL` and `SIG_IGN` only: a handler inside the module cannot be
    called by this host).
  - Calls whose scalar argument can be a pointer are passed for the commands
    known to take none, or a plain buffer: `fcntl` (F_DUPFD, F_GETFD,
    F_SETFD, F_GETFL, F_SETFL, F_DUPFD_CLOEXEC, F_SETPIPE_SZ, F_GETPIPE_SZ),
    `ioctl` (FIONREAD, FIONBIO: an `int`; TIOCGWINSZ: a `struct winsize`),
    `prctl` (PR_GET_DUMPABLE, PR_GET_NO_NEW_PRIVS; PR_SET_NAME and
    PR_GET_NAME: a 16-byte name) and `futex` (FUTEX_WAIT, FUTEX_WAKE).
  - Refused before the module runs, each named with the reason: memory
    management (`mmap`, `munmap`, `mprotect`, `mremap`, `msync`, `madvise`,
    `brk`: the module's memory is wasm's), `execve`, `fork`,
    `rt_sigreturn`, `sigaltstack`, `set_tid_address` (the kernel would keep a
    pointer into the module), `pselect6` (its `sigmask` argument is a pair
    of a guest pointer and a size; `select` passes), and whatever the
    specification does not implement. Refused while running (the module is
    stopped, the message names the call and what it asked): another command
    of the calls above, a signal handler inside the module.

The result is the raw kernel return value, `-errno` on failure, as WALI
specifies. `exit_group`, `exit` and `__proc_exit` end the module, not the
host, whose exit status is then the module's.

WALI's auxiliary imports `__cl_get_argc`, `__cl_get_argv_len`,
`__cl_copy_argv` (the module's command line: the module's path, then the
host's arguments after it), `__get_init_envfile` (a file the host writes
with its own environment, one `NAME=value` per line as WALI's runtime reads
it, variables whose value holds a newline left out; it writes the file's
path into the module's buffer and returns 1, or returns 0 with
WALI_HOST_NO_ENV=1) and `__proc_exit` are provided.

The host needs an x86_64 Linux machine. WALI_HOST_TRACE=1 prints every call
and its result to stderr (`wali-host: trace NAME(ARGS) = RESULT`).

Usage: wali_host.py MODULE.wasm [ARG...]   (exits with the module's exit
       status; 2 for a refused module or call or a host error, 3 for a trap)
"""
import ctypes
import json
import os
import platform
import struct
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.environ.get("WALI_ABI_JSON", os.path.join(REPO, "tests", "wali", "wali-abi.json"))

EFAULT, EINVAL = 14, 22
# Path arguments: a NUL-terminated string.
PATH_ARGS = {"pathname", "path", "oldpath", "newpath", "target", "linkpath", "filename"}
# A buffer argument and the names of the argument that sizes it (the first
# one the call has).
SIZED_BY = {"buf": ("count", "size", "bufsiz", "len", "buflen"), "dirp": ("count",),
            "optval": ("optlen",), "addr": ("addrlen",), "dest_addr": ("addrlen",),
            "src_addr": ("addrlen",), "mask": ("cpusetsize",)}
# Pointers to an array: (call, argument) -> the count (an int, or the
# argument holding it).
ARRAYS = {("pipe", "pipefd"): 2, ("pipe2", "pipefd"): 2, ("socketpair", "sv"): 2,
          ("utimensat", "times"): 2, ("poll", "fds"): "nfds", ("ppoll", "fds"): "nfds",
          ("getgroups", "list"): "size", ("setgroups", "list"): "size",
          ("epoll_pwait", "events"): "maxevents"}
# Calls refused whatever their arguments, with the reason.
REFUSED = {
    "mmap": "the module's memory is wasm's linear memory, which this host does not map",
    "munmap": "the module's memory is wasm's linear memory, which this host does not map",
    "mprotect": "the module's memory is wasm's linear memory, which this host does not map",
    "mremap": "the module's memory is wasm's linear memory, which this host does not map",
    "msync": "the module's memory is wasm's linear memory, which this host does not map",
    "madvise": "the module's memory is wasm's linear memory, which this host does not map",
    "brk": "the module's memory is wasm's linear memory, which this host does not map",
    "execve": "it would replace the host (its argv and envp are arrays of guest pointers)",
    "fork": "it would fork the host's Python and wasmtime, which this harness does not support",
    "rt_sigreturn": "no signal is delivered into the module",
    "sigaltstack": "no signal is delivered into the module (stack_t holds a guest pointer)",
    "set_tid_address": "the kernel would keep a guest pointer and write through it at exit",
}
# Commands whose argument is no pointer, or a plain buffer of this size.
FCNTL_OK = {0, 1, 2, 3, 4, 1030, 1031, 1032}  # F_DUPFD..F_SETFL, F_DUPFD_CLOEXEC, F_SETPIPE_SZ, F_GETPIPE_SZ
IOCTL_BUF = {0x541B: 4, 0x5421: 4, 0x5413: 8}  # FIONREAD, FIONBIO (int); TIOCGWINSZ (struct winsize)
PRCTL_OK = {3: 0, 39: 0, 15: 16, 16: 16}  # PR_GET_DUMPABLE, PR_GET_NO_NEW_PRIVS; PR_SET/GET_NAME (16 bytes)
FUTEX_OK = {0, 1}  # FUTEX_WAIT, FUTEX_WAKE (with or without FUTEX_PRIVATE_FLAG, 128)
SIG_DFL, SIG_IGN = 0, 1
IOV_MAX = 1024
AUX = ("__cl_get_argc", "__cl_get_argv_len", "__cl_copy_argv", "__get_init_envfile", "__proc_exit")


class Exit(Exception):
    """The module called exit_group, exit or __proc_exit."""

    def __init__(self, status):
        super().__init__("exit(%d)" % status)
        self.status = status


class Fault(Exception):
    """A guest pointer outside its memory: the call fails with -EFAULT."""


class Refused(Exception):
    """A call this host does not carry out: the module is stopped."""


def u32(v):
    return v & 0xFFFFFFFF


class Host:
    def __init__(self, spec, argv):
        import wasmtime

        self.wasmtime = wasmtime
        self.spec = spec
        self.argv = [a.encode() for a in argv]
        self.calls = {s["import_name"]: s for s in spec["syscalls"] if s["implemented"]}
        self.aux = {f["import_name"]: f for f in spec["import_module"]["aux_imports"]["functions"]}
        self.sizes = {k: v["size"] for k, v in spec["structs"].items()}
        self.sizes.update({k: v["size"] for k, v in spec["array_types"].items()})
        self.sizes.update({k: v["size"] for k, v in spec["aliases_resolved"].items()})
        self.sizes.update({k: v["size"] for k, v in spec["primitives"].items()})
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.syscall.restype = ctypes.c_long
        config = wasmtime.Config()
        config.wasm_threads = True
        config.shared_memory = True
        self.engine = wasmtime.Engine(config)
        self.trace = os.environ.get("WALI_HOST_TRACE") == "1"
        self.envfile = None

    # -- which imports this host provides
    def refusal(self, module, name):
        """Why an import is not provided, or None."""
        if module != "wali":
            return "not from module wali"
        if name in AUX:
            return None
        if name in self.aux:
            return "an auxiliary import this host does not provide"
        call = self.calls.get(name)
        if call is None:
            return "not a system call WALI's specification implements"
        if call["name"] in REFUSED:
            return REFUSED[call["name"]]
        if call["name"] == "pselect6":
            return "its sigmask is a pair of a guest pointer and a size, which this host does not translate"
        return None

    # -- guest memory
    def memory(self, caller):
        mem = caller["memory"]
        if isinstance(mem, self.wasmtime.SharedMemory):
            ptr, length = mem.data_ptr(), mem.data_len()
        else:
            ptr, length = mem.data_ptr(caller), mem.data_len(caller)
        return ctypes.cast(ptr, ctypes.c_void_p).value, length

    def ptr(self, mem, off, size):
        """The host address of `size` bytes at guest offset `off` (NULL stays
        NULL)."""
        base, length = mem
        off = u32(off)
        if off == 0:
            return None
        if size < 0 or off + size > length:
            raise Fault()
        return base + off

    def cstr(self, mem, off):
        base, length = mem
        off = u32(off)
        if off == 0 or off >= length:
            raise Fault()
        n = ctypes.string_at(base + off, min(length - off, 4096)).find(b"\0")
        if n < 0:
            raise Fault()
        return base + off

    def load_u32(self, mem, off):
        p = self.ptr(mem, off, 4)
        return None if p is None else ctypes.c_uint32.from_address(p).value

    def arg(self, mem, call, args, i):
        """The value to give the kernel for argument i of a call."""
        a, v = call["args"][i], args[i]
        name = call["name"]
        if a["kind"] != "pointer":
            # wasmtime gives i32/i64 as signed Python ints; an unsigned C
            # type is its unsigned value.
            bits = 8 * a["size"] if a["size"] >= 4 else 32
            if not a.get("signed", True):
                v &= (1 << bits) - 1
            return v
        v = u32(v)
        if v == 0:
            return None
        names = [x["name"] for x in call["args"]]
        value = dict(zip(names, args))
        pointee = a["pointee"]
        if a.get("indirection", 1) != 1:
            raise Refused("%s: argument %s is an array of guest pointers" % (name, a["name"]))
        if a["name"] in PATH_ARGS and pointee == "char":
            return self.cstr(mem, v)
        count = ARRAYS.get((name, a["name"]))
        if count is not None:
            n = count if isinstance(count, int) else u32(value[count])
            return self.ptr(mem, v, n * self.sizes[pointee])
        for sizer in SIZED_BY.get(a["name"], ()):
            if sizer in value:
                i = names.index(sizer)
                if call["args"][i]["kind"] == "pointer":
                    n = self.load_u32(mem, value[sizer])
                    return self.ptr(mem, v, n or 0)
                return self.ptr(mem, v, u32(value[sizer]))
        if pointee in self.sizes and pointee != "void":
            return self.ptr(mem, v, self.sizes[pointee])
        raise Refused("%s: pointer argument %s (%s) has no size this host knows"
                      % (name, a["name"], a["type"]))

    # -- translated structures
    def iovecs(self, mem, iov, n, keep):
        """The guest's `struct iovec[n]` as x86_64's (16 bytes each)."""
        if not 0 <= n <= IOV_MAX:
            raise ValueError()
        raw = ctypes.string_at(self.ptr(mem, iov, 8 * n), 8 * n) if n else b""
        native = (ctypes.c_uint64 * (2 * n))()
        for k in range(n):
            base, length = struct.unpack_from("<II", raw, 8 * k)
            native[2 * k] = self.ptr(mem, base, length) or 0
            native[2 * k + 1] = length
        keep.append(native)
        return ctypes.addressof(native)

    def msghdr(self, mem, off, keep):
        """The guest's `struct msghdr` (36 bytes) as x86_64's (56), and a
        function that copies back what the kernel writes into it."""
        p = self.ptr(mem, off, 36)
        name, namelen, iov, iovlen, _, control, controllen, _, flags = \
            struct.unpack("<IIIiiIIii", ctypes.string_at(p, 36))
        native = ctypes.create_string_buffer(56)
        struct.pack_into("<QIxxxxQQQQi", native, 0, self.ptr(mem, name, namelen) or 0, namelen,
                         self.iovecs(mem, iov, iovlen, keep), iovlen,
                         self.ptr(mem, control, controllen) or 0, controllen, flags)
        keep.append(native)

        def back():
            nl = struct.unpack_from("<I", native, 8)[0]
            cl = struct.unpack_from("<Q", native, 40)[0]
            fl = struct.unpack_from("<i", native, 48)[0]
            struct.pack_into("<I", (ctypes.c_char * 36).from_address(p), 4, nl)
            struct.pack_into("<I", (ctypes.c_char * 36).from_address(p), 24, cl)
            struct.pack_into("<i", (ctypes.c_char * 36).from_address(p), 32, fl)

        return ctypes.addressof(native), back

    def sigaction(self, mem, call, args):
        """rt_sigaction: the guest's `struct sigaction` (144 bytes: a 4-byte
        handler, the 128-byte mask, flags, a 4-byte restorer) as the x86_64
        kernel's (handler, flags, restorer, then the mask's sigsetsize
        bytes)."""
        signum, act, oldact, sigsetsize = args[0], u32(args[1]), u32(args[2]), u32(args[3])
        if sigsetsize != 8:
            return -EINVAL
        kact = None
        if act:
            p = self.ptr(mem, act, 144)
            raw = ctypes.string_at(p, 144)
            handler, = struct.unpack_from("<I", raw, 0)
            flags, restorer = struct.unpack_from("<iI", raw, 136)
            if handler not in (SIG_DFL, SIG_IGN):
                raise Refused("rt_sigaction: signal %d's handler is function %d of the module, "
                              "which this host cannot call" % (signum, handler))
            kact = ctypes.create_string_buffer(24 + sigsetsize)
            struct.pack_into("<QQQ", kact, 0, handler, flags & 0xFFFFFFFF, restorer)
            ctypes.memmove(ctypes.addressof(kact) + 24, p + 8, sigsetsize)
        pold = self.ptr(mem, oldact, 144) if oldact else None
        kold = ctypes.create_string_buffer(24 + sigsetsize) if oldact else None
        r = self.kernel(call["nr"]["x86_64"], [signum, kact and ctypes.addressof(kact),
                                               kold and ctypes.addressof(kold), sigsetsize])
        if r == 0 and kold is not None:
            handler, flags, restorer = struct.unpack_from("<QQQ", kold, 0)
            if handler not in (SIG_DFL, SIG_IGN):
                raise Refused("rt_sigaction: signal %d's old handler is the host's own, "
                              "which the module cannot be given" % signum)
            old = bytearray(144)
            struct.pack_into("<I", old, 0, handler)
            old[8:8 + sigsetsize] = kold.raw[24:24 + sigsetsize]
            struct.pack_into("<iI", old, 136, flags & 0xFFFFFFFF, 0)
            ctypes.memmove(pold, bytes(old), 144)
        return r

    # -- system calls
    def kernel(self, nr, values):
        r = self.libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(v or 0) for v in values])
        return -ctypes.get_errno() if r == -1 else r

    def forward(self, caller, call, args):
        name = call["name"]
        if name in ("exit_group", "exit"):
            raise Exit(args[0])
        mem = self.memory(caller)
        keep, after = [], []
        try:
            if name == "rt_sigaction":
                return self.sigaction(mem, call, args)
            if name in ("readv", "writev"):
                fd, iov, n = args
                try:
                    values = [fd, self.iovecs(mem, iov, n, keep), n]
                except ValueError:
                    return -EINVAL
            elif name in ("sendmsg", "recvmsg"):
                try:
                    native, back = self.msghdr(mem, args[1], keep)
                except ValueError:
                    return -EINVAL
                values = [args[0], native, args[2]]
                after.append(back)
            elif name == "fcntl":
                if args[1] not in FCNTL_OK:
                    raise Refused("fcntl: command %d (its argument may be a pointer)" % args[1])
                values = [args[0], args[1], args[2]]
            elif name == "ioctl":
                req = u32(args[1])
                if req not in IOCTL_BUF:
                    raise Refused("ioctl: request %#x (its argument's size is unknown to this host)" % req)
                values = [args[0], req, self.ptr(mem, args[2], IOCTL_BUF[req])]
            elif name == "prctl":
                if args[0] not in PRCTL_OK:
                    raise Refused("prctl: option %d (its arguments may be pointers)" % args[0])
                size = PRCTL_OK[args[0]]
                values = [args[0], self.ptr(mem, args[1], size) if size else args[1]] + list(args[2:])
            elif name == "futex" and args[1] & ~128 not in FUTEX_OK:
                raise Refused("futex: operation %d (only FUTEX_WAIT and FUTEX_WAKE)" % args[1])
            else:
                values = [self.arg(mem, call, args, i) for i in range(len(args))]
        except Fault:
            return -EFAULT
        r = self.kernel(call["nr"]["x86_64"], values)
        for f in after:
            f()
        return r

    # -- auxiliary imports
    def aux_call(self, caller, name, args):
        if name == "__proc_exit":
            raise Exit(args[0])
        if name == "__cl_get_argc":
            return len(self.argv)
        if name == "__cl_get_argv_len":
            i = u32(args[0])
            return len(self.argv[i]) if i < len(self.argv) else 0
        mem = self.memory(caller)
        if name == "__cl_copy_argv":
            i = u32(args[1])
            if i >= len(self.argv):
                return -EINVAL
            data = self.argv[i] + b"\0"
            p = self.ptr(mem, args[0], len(data))
            if p is None:
                return -EFAULT
            ctypes.memmove(p, data, len(data))
            return 0
        if name == "__get_init_envfile":
            if os.environ.get("WALI_HOST_NO_ENV") == "1":
                return 0
            path = self.write_envfile().encode() + b"\0"
            size = u32(args[1])
            p = self.ptr(mem, args[0], min(size, len(path)))
            if p is None:
                return -EFAULT
            # As WALI's runtime: a path that does not fit is given as "".
            data = path if len(path) <= size else b"\0"
            ctypes.memmove(p, data, len(data))
            return 1
        raise AssertionError(name)

    def write_envfile(self):
        if self.envfile is None:
            fd, self.envfile = tempfile.mkstemp(prefix="wali-env-")
            with os.fdopen(fd, "wb") as f:
                for k, v in os.environb.items():
                    if b"\n" not in k + v:
                        f.write(k + b"=" + v + b"\n")
        return self.envfile

    # -- linking and running
    def define(self, linker, import_name):
        wt = self.wasmtime
        vt = {"i32": wt.ValType.i32(), "i64": wt.ValType.i64()}
        is_aux = import_name in AUX
        desc = self.aux[import_name] if is_aux else self.calls[import_name]
        ty = wt.FuncType([vt[p] for p in desc["wasm_params"]],
                         [vt[r] for r in desc["wasm_results"]])
        name = desc["name"]

        def func(caller, *args):
            if is_aux:
                r = self.aux_call(caller, name, list(args))
            else:
                r = self.forward(caller, desc, list(args))
            if self.trace:
                print("wali-host: trace %s%s = %s" % (name, tuple(args), r), file=sys.stderr)
            return r

        linker.define_func("wali", import_name, ty, func, access_caller=True)

    def run(self, path):
        wt = self.wasmtime
        module = wt.Module.from_file(self.engine, path)
        wanted = [(i.module, i.name) for i in module.imports if isinstance(i.type, wt.FuncType)]
        refused = [(m, n, self.refusal(m, n)) for m, n in wanted]
        refused = [(m, n, why) for m, n, why in refused if why]
        if refused:
            for m, n, why in refused:
                print("wali-host: refused %s.%s: %s" % (m, n, why), file=sys.stderr)
            print("wali-host: %s imports what this host does not carry out (above); not run"
                  % os.path.basename(path), file=sys.stderr)
            return 2
        store = wt.Store(self.engine)
        linker = wt.Linker(self.engine)
        for _, name in wanted:
            self.define(linker, name)
        if self.trace:
            print("wali-host: %s imports %s" % (os.path.basename(path),
                                                ", ".join(n for _, n in wanted)), file=sys.stderr)
        instance = linker.instantiate(store, module)
        start = instance.exports(store)["_start"]
        sys.stdout.flush()
        try:
            start(store)
        except Exit as e:
            return e.status & 0xFF
        except Refused as e:
            print("wali-host: refused: %s" % e, file=sys.stderr)
            return 2
        except wt.WasmtimeError as e:
            # An exception raised inside an import unwinds the module as a
            # trap that carries it.
            cause = e.__cause__ or e.__context__
            if isinstance(cause, Exit):
                return cause.status & 0xFF
            if isinstance(cause, Refused):
                print("wali-host: refused: %s" % cause, file=sys.stderr)
                return 2
            print("wali-host: trap: %s" % e, file=sys.stderr)
            return 3
        finally:
            if self.envfile:
                os.unlink(self.envfile)
        return 0


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: wali_host.py MODULE.wasm [ARG...]")
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        print("wali-host: needs an x86_64 Linux host (WALI's system call numbers are x86_64's); "
              "this is %s %s" % (platform.system(), platform.machine()), file=sys.stderr)
        sys.exit(2)
    host = Host(json.load(open(SPEC)), sys.argv[1:])
    sys.exit(host.run(sys.argv[1]))


if __name__ == "__main__":
    main()
