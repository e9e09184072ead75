// `<linux/filter.h>`: classic BPF programs, as socket filters and seccomp
// take them: `struct sock_filter`, `struct sock_fprog`, `BPF_STMT`,
// `BPF_JUMP` and the ancillary data offsets (the kernel's
// `include/uapi/linux/filter.h`).

pub const BPF_A: __u32 = 0x10;
pub const BPF_TAX: __u32 = 0x00;
pub const BPF_TXA: __u32 = 0x80;
pub const BPF_MEMWORDS: c_int = 16;
pub const SKF_AD_OFF: c_int = -0x1000;
pub const SKF_AD_PROTOCOL: c_int = 0;
pub const SKF_AD_PKTTYPE: c_int = 4;
pub const SKF_AD_IFINDEX: c_int = 8;
pub const SKF_AD_NLATTR: c_int = 12;
pub const SKF_AD_NLATTR_NEST: c_int = 16;
pub const SKF_AD_MARK: c_int = 20;
pub const SKF_AD_QUEUE: c_int = 24;
pub const SKF_AD_HATYPE: c_int = 28;
pub const SKF_AD_RXHASH: c_int = 32;
pub const SKF_AD_CPU: c_int = 36;
pub const SKF_AD_ALU_XOR_X: c_int = 40;
pub const SKF_AD_VLAN_TAG: c_int = 44;
pub const SKF_AD_VLAN_TAG_PRESENT: c_int = 48;
pub const SKF_AD_PAY_OFFSET: c_int = 52;
pub const SKF_AD_RANDOM: c_int = 56;
pub const SKF_AD_VLAN_TPID: c_int = 60;
pub const SKF_AD_MAX: c_int = 64;
pub const SKF_NET_OFF: c_int = -0x100000;
pub const SKF_LL_OFF: c_int = -0x200000;
pub const BPF_NET_OFF: c_int = SKF_NET_OFF;
pub const BPF_LL_OFF: c_int = SKF_LL_OFF;

/// One classic BPF instruction.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sock_filter {
    pub code: __u16,
    pub jt: __u8,
    pub jf: __u8,
    pub k: __u32,
}

/// A classic BPF program: `len` instructions at `filter`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct sock_fprog {
    pub len: c_ushort,
    pub filter: *mut sock_filter,
}

/// The return value source of a `BPF_RET` `code`.
#[inline]
pub unsafe extern "C" fn BPF_RVAL(code: __u32) -> __u32 {
    code & 0x18
}

/// The operation of a `BPF_MISC` `code`.
#[inline]
pub unsafe extern "C" fn BPF_MISCOP(code: __u32) -> __u32 {
    code & 0xf8
}

/// An instruction that does not jump. `const`, so that a filter can be a
/// `const` or `static` array (the published crate's is not).
#[inline]
pub const unsafe extern "C" fn BPF_STMT(code: __u16, k: __u32) -> sock_filter {
    sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

/// A conditional jump: `jt` instructions ahead if true, `jf` if false.
/// `const`, as `BPF_STMT`.
#[inline]
pub const unsafe extern "C" fn BPF_JUMP(code: __u16, k: __u32, jt: __u8, jf: __u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}
