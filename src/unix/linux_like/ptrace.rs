// `<sys/ptrace.h>`: the requests, options and events every architecture
// shares, and `ptrace` (musl `include/sys/ptrace.h`); each architecture's own
// requests are in its module's `ptrace.rs`.

/// The type of `ptrace`'s request and of the request numbers: musl declares
/// `long ptrace(int, ...)`. glibc's `enum __ptrace_request`, an unsigned
/// int, is in `linux::gnu` (`<sys/ptrace.h>`). Crate-private, so the
/// documentation shows the C type it stands for.
#[cfg(target_env = "musl")]
pub(crate) type __ptrace_request = c_int;

pub const PTRACE_TRACEME: __ptrace_request = 0;
pub const PTRACE_PEEKTEXT: __ptrace_request = 1;
pub const PTRACE_PEEKDATA: __ptrace_request = 2;
pub const PTRACE_PEEKUSER: __ptrace_request = 3;
pub const PTRACE_POKETEXT: __ptrace_request = 4;
pub const PTRACE_POKEDATA: __ptrace_request = 5;
pub const PTRACE_POKEUSER: __ptrace_request = 6;
pub const PTRACE_CONT: __ptrace_request = 7;
pub const PTRACE_KILL: __ptrace_request = 8;
pub const PTRACE_SINGLESTEP: __ptrace_request = 9;
#[cfg(target_env = "musl")]
pub const PTRACE_GETREGS: __ptrace_request = 12;
#[cfg(target_env = "musl")]
pub const PTRACE_SETREGS: __ptrace_request = 13;
#[cfg(target_env = "musl")]
pub const PTRACE_GETFPREGS: __ptrace_request = 14;
#[cfg(target_env = "musl")]
pub const PTRACE_SETFPREGS: __ptrace_request = 15;
pub const PTRACE_ATTACH: __ptrace_request = 16;
pub const PTRACE_DETACH: __ptrace_request = 17;
#[cfg(target_env = "musl")]
pub const PTRACE_GETFPXREGS: __ptrace_request = 18;
#[cfg(target_env = "musl")]
pub const PTRACE_SETFPXREGS: __ptrace_request = 19;
pub const PTRACE_SYSCALL: __ptrace_request = 24;
pub const PTRACE_SETOPTIONS: __ptrace_request = 0x4200;
pub const PTRACE_GETEVENTMSG: __ptrace_request = 0x4201;
pub const PTRACE_GETSIGINFO: __ptrace_request = 0x4202;
pub const PTRACE_SETSIGINFO: __ptrace_request = 0x4203;
pub const PTRACE_GETREGSET: __ptrace_request = 0x4204;
pub const PTRACE_SETREGSET: __ptrace_request = 0x4205;
pub const PTRACE_SEIZE: __ptrace_request = 0x4206;
pub const PTRACE_INTERRUPT: __ptrace_request = 0x4207;
pub const PTRACE_LISTEN: __ptrace_request = 0x4208;
pub const PTRACE_PEEKSIGINFO: __ptrace_request = 0x4209;
pub const PTRACE_GETSIGMASK: c_uint = 0x420a;
pub const PTRACE_SETSIGMASK: c_uint = 0x420b;
pub const PTRACE_SECCOMP_GET_FILTER: __ptrace_request = 0x420c;
pub const PTRACE_SECCOMP_GET_METADATA: __ptrace_request = 0x420d;
pub const PTRACE_GET_SYSCALL_INFO: __ptrace_request = 0x420e;
pub const PTRACE_GET_RSEQ_CONFIGURATION: __ptrace_request = 0x420f;
/// `PTRACE_PEEKSIGINFO`'s flag for the process-wide queue (a bit of
/// `ptrace_peeksiginfo_args.flags`).
pub const PTRACE_PEEKSIGINFO_SHARED: c_uint = 1;
// `ptrace_syscall_info.op`.
pub const PTRACE_SYSCALL_INFO_NONE: __u8 = 0;
pub const PTRACE_SYSCALL_INFO_ENTRY: __u8 = 1;
pub const PTRACE_SYSCALL_INFO_EXIT: __u8 = 2;
pub const PTRACE_SYSCALL_INFO_SECCOMP: __u8 = 3;

// The BSD names of the requests.
pub const PT_TRACE_ME: __ptrace_request = PTRACE_TRACEME;
pub const PT_READ_I: __ptrace_request = PTRACE_PEEKTEXT;
pub const PT_READ_D: __ptrace_request = PTRACE_PEEKDATA;
pub const PT_READ_U: __ptrace_request = PTRACE_PEEKUSER;
pub const PT_WRITE_I: __ptrace_request = PTRACE_POKETEXT;
pub const PT_WRITE_D: __ptrace_request = PTRACE_POKEDATA;
pub const PT_WRITE_U: __ptrace_request = PTRACE_POKEUSER;
pub const PT_CONTINUE: __ptrace_request = PTRACE_CONT;
pub const PT_KILL: __ptrace_request = PTRACE_KILL;
pub const PT_STEP: __ptrace_request = PTRACE_SINGLESTEP;
#[cfg(target_env = "musl")]
pub const PT_GETREGS: __ptrace_request = PTRACE_GETREGS;
#[cfg(target_env = "musl")]
pub const PT_SETREGS: __ptrace_request = PTRACE_SETREGS;
#[cfg(target_env = "musl")]
pub const PT_GETFPREGS: __ptrace_request = PTRACE_GETFPREGS;
#[cfg(target_env = "musl")]
pub const PT_SETFPREGS: __ptrace_request = PTRACE_SETFPREGS;
pub const PT_ATTACH: __ptrace_request = PTRACE_ATTACH;
pub const PT_DETACH: __ptrace_request = PTRACE_DETACH;
#[cfg(target_env = "musl")]
pub const PT_GETFPXREGS: __ptrace_request = PTRACE_GETFPXREGS;
#[cfg(target_env = "musl")]
pub const PT_SETFPXREGS: __ptrace_request = PTRACE_SETFPXREGS;
pub const PT_SYSCALL: __ptrace_request = PTRACE_SYSCALL;
pub const PT_SETOPTIONS: __ptrace_request = PTRACE_SETOPTIONS;
pub const PT_GETEVENTMSG: __ptrace_request = PTRACE_GETEVENTMSG;
pub const PT_GETSIGINFO: __ptrace_request = PTRACE_GETSIGINFO;
pub const PT_SETSIGINFO: __ptrace_request = PTRACE_SETSIGINFO;
pub const PTRACE_O_TRACESYSGOOD: c_int = 0x00000001;
pub const PTRACE_O_TRACEFORK: c_int = 0x00000002;
pub const PTRACE_O_TRACEVFORK: c_int = 0x00000004;
pub const PTRACE_O_TRACECLONE: c_int = 0x00000008;
pub const PTRACE_O_TRACEEXEC: c_int = 0x00000010;
pub const PTRACE_O_TRACEVFORKDONE: c_int = 0x00000020;
pub const PTRACE_O_TRACEEXIT: c_int = 0x00000040;
pub const PTRACE_O_TRACESECCOMP: c_int = 0x00000080;
pub const PTRACE_O_EXITKILL: c_int = 0x00100000;
pub const PTRACE_O_SUSPEND_SECCOMP: c_int = 0x00200000;
pub const PTRACE_O_MASK: c_int = 0x003000ff;
pub const PTRACE_EVENT_FORK: c_int = 1;
pub const PTRACE_EVENT_VFORK: c_int = 2;
pub const PTRACE_EVENT_CLONE: c_int = 3;
pub const PTRACE_EVENT_EXEC: c_int = 4;
pub const PTRACE_EVENT_VFORK_DONE: c_int = 5;
pub const PTRACE_EVENT_EXIT: c_int = 6;
pub const PTRACE_EVENT_SECCOMP: c_int = 7;
pub const PTRACE_EVENT_STOP: c_int = 128;

extern "C" {
    pub fn ptrace(request: __ptrace_request, ...) -> c_long;
}
