// `<linux/bpf_common.h>`: the instruction classes, sizes, modes and operations
// classic and extended BPF share, and the macros that take an instruction's
// code apart (the kernel's `include/uapi/linux/bpf_common.h`).

pub const BPF_LD: __u32 = 0x00;
pub const BPF_LDX: __u32 = 0x01;
pub const BPF_ST: __u32 = 0x02;
pub const BPF_STX: __u32 = 0x03;
pub const BPF_ALU: __u32 = 0x04;
pub const BPF_JMP: __u32 = 0x05;
pub const BPF_RET: __u32 = 0x06;
pub const BPF_MISC: __u32 = 0x07;
pub const BPF_W: __u32 = 0x00;
pub const BPF_H: __u32 = 0x08;
pub const BPF_B: __u32 = 0x10;
pub const BPF_IMM: __u32 = 0x00;
pub const BPF_ABS: __u32 = 0x20;
pub const BPF_IND: __u32 = 0x40;
pub const BPF_MEM: __u32 = 0x60;
pub const BPF_LEN: __u32 = 0x80;
pub const BPF_MSH: __u32 = 0xa0;
pub const BPF_ADD: __u32 = 0x00;
pub const BPF_SUB: __u32 = 0x10;
pub const BPF_MUL: __u32 = 0x20;
pub const BPF_DIV: __u32 = 0x30;
pub const BPF_OR: __u32 = 0x40;
pub const BPF_AND: __u32 = 0x50;
pub const BPF_LSH: __u32 = 0x60;
pub const BPF_RSH: __u32 = 0x70;
pub const BPF_NEG: __u32 = 0x80;
pub const BPF_MOD: __u32 = 0x90;
pub const BPF_XOR: __u32 = 0xa0;
pub const BPF_JA: __u32 = 0x00;
pub const BPF_JEQ: __u32 = 0x10;
pub const BPF_JGT: __u32 = 0x20;
pub const BPF_JGE: __u32 = 0x30;
pub const BPF_JSET: __u32 = 0x40;
pub const BPF_K: __u32 = 0x00;
pub const BPF_X: __u32 = 0x08;
pub const BPF_MAXINSNS: c_int = 4096;

/// The instruction class of `code`.
#[inline]
pub unsafe extern "C" fn BPF_CLASS(code: __u32) -> __u32 {
    code & 0x07
}

/// The operand size of `code`.
#[inline]
pub unsafe extern "C" fn BPF_SIZE(code: __u32) -> __u32 {
    code & 0x18
}

/// The addressing mode of `code`.
#[inline]
pub unsafe extern "C" fn BPF_MODE(code: __u32) -> __u32 {
    code & 0xe0
}

/// The ALU or jump operation of `code`.
#[inline]
pub unsafe extern "C" fn BPF_OP(code: __u32) -> __u32 {
    code & 0xf0
}

/// The source operand (`BPF_K` or `BPF_X`) of `code`.
#[inline]
pub unsafe extern "C" fn BPF_SRC(code: __u32) -> __u32 {
    code & 0x08
}
