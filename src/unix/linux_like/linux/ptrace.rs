// `<linux/ptrace.h>`: the argument and result structs of the newer `ptrace`
// requests, and the requests musl 1.2.5's `<sys/ptrace.h>` does not list yet
// (the kernel's `include/uapi/linux/ptrace.h`; glibc's `<sys/ptrace.h>` has
// the structs as `struct __ptrace_*`).

pub const PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG: __ptrace_request = 0x4210;
pub const PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG: __ptrace_request = 0x4211;
pub const PTRACE_SET_SYSCALL_INFO: __ptrace_request = 0x4212;

/// `PTRACE_PEEKSIGINFO`'s argument: which queued signals to read.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptrace_peeksiginfo_args {
    pub off: __u64,
    pub flags: __u32,
    pub nr: __s32,
}

/// What `PTRACE_GET_SYSCALL_INFO` reports (and `PTRACE_SET_SYSCALL_INFO`
/// takes); `op` says which member of `u` holds it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ptrace_syscall_info {
    pub op: __u8,
    reserved: crate::Padding<__u8>,
    pub flags: __u16,
    pub arch: __u32,
    pub instruction_pointer: __u64,
    pub stack_pointer: __u64,
    pub u: __c_anonymous_ptrace_syscall_info_data,
}

/// `ptrace_syscall_info`'s anonymous union.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __c_anonymous_ptrace_syscall_info_data {
    pub entry: __c_anonymous_ptrace_syscall_info_entry,
    pub exit: __c_anonymous_ptrace_syscall_info_exit,
    pub seccomp: __c_anonymous_ptrace_syscall_info_seccomp,
}

impl core::fmt::Debug for __c_anonymous_ptrace_syscall_info_data {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("__c_anonymous_ptrace_syscall_info_data")
            .finish_non_exhaustive()
    }
}

/// `PTRACE_SYSCALL_INFO_ENTRY`: the system call's number and arguments.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_ptrace_syscall_info_entry {
    pub nr: __u64,
    pub args: [__u64; 6],
}

/// `PTRACE_SYSCALL_INFO_EXIT`: the return value (the kernel's `rval`) and
/// whether it is an error.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_ptrace_syscall_info_exit {
    pub sval: __s64,
    pub is_error: __u8,
}

/// `PTRACE_SYSCALL_INFO_SECCOMP`: the system call and the seccomp filter's
/// `SECCOMP_RET_DATA`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct __c_anonymous_ptrace_syscall_info_seccomp {
    pub nr: __u64,
    pub args: [__u64; 6],
    pub ret_data: __u32,
    reserved2: crate::Padding<__u32>,
}

/// What `PTRACE_GET_RSEQ_CONFIGURATION` reports.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptrace_rseq_configuration {
    pub rseq_abi_pointer: __u64,
    pub rseq_abi_size: __u32,
    pub signature: __u32,
    pub flags: __u32,
    pub pad: __u32,
}

/// The syscall user dispatch configuration the
/// `PTRACE_*_SYSCALL_USER_DISPATCH_CONFIG` requests get and set.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct ptrace_sud_config {
    pub mode: __u64,
    pub selector: __u64,
    pub offset: __u64,
    pub len: __u64,
}
