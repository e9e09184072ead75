// `<sys/user.h>`: the register and core-dump layouts ptrace and debuggers see
// (musl `arch/s390x/bits/user.h`).

// `elf_fpreg_t` and `elf_fpregset_t` are C types of their
// own with the members and layout of `fpreg_t` and `fpregset_t`.
pub type elf_fpreg_t = fpreg_t;
pub type elf_fpregset_t = fpregset_t;

/// An `int` in C; a `usize` here so that it can size `elf_gregset_t`.
pub const ELF_NGREG: usize = 27;
pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _user_psw_struct {
    pub mask: c_ulong,
    pub addr: c_ulong,
}

/// With `extra_traits`, equality and hashing see the registers as bit
/// patterns.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct _user_fpregs_struct {
    pub fpc: c_uint,
    pub fprs: [c_double; 16],
}

#[cfg(feature = "extra_traits")]
impl PartialEq for _user_fpregs_struct {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.fpc == other.fpc && self.fprs.map(f64::to_bits) == other.fprs.map(f64::to_bits)
    }
}

#[cfg(feature = "extra_traits")]
impl Eq for _user_fpregs_struct {}

#[cfg(feature = "extra_traits")]
impl core::hash::Hash for _user_fpregs_struct {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.fpc.hash(state);
        self.fprs.map(f64::to_bits).hash(state);
    }
}

/// The PER (program event recording) registers. C's bit-fields
/// `single_step:1`, `instruction_fetch:1` and 30 unnamed bits share one
/// `unsigned`, kept whole here.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _user_per_struct {
    pub control_regs: [c_ulong; 3],
    __single_step_instruction_fetch: c_uint,
    pub starting_addr: c_ulong,
    pub ending_addr: c_ulong,
    pub perc_atmid: c_ushort,
    pub address: c_ulong,
    pub access_id: c_uchar,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct _user_regs_struct {
    pub psw: _user_psw_struct,
    pub gprs: [c_ulong; 16],
    pub acrs: [c_uint; 16],
    pub orig_gpr2: c_ulong,
    pub fp_regs: _user_fpregs_struct,
    pub per_info: _user_per_struct,
    pub ieee_instruction_pointer: c_ulong,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user {
    pub regs: _user_regs_struct,
    pub u_tsize: c_ulong,
    pub u_dsize: c_ulong,
    pub u_ssize: c_ulong,
    pub start_code: c_ulong,
    pub start_stack: c_ulong,
    pub signal: c_long,
    pub u_ar0: *mut _user_regs_struct,
    pub magic: c_ulong,
    pub u_comm: [c_char; 32],
}
