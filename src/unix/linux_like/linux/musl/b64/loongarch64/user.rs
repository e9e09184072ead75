// `<sys/user.h>`: the register layouts ptrace and core dumps use (musl
// `arch/loongarch64/bits/user.h`).

// `ELF_NGREG` and `ELF_NFPREG` are `int`s in C, `usize`s
// here so that they can size arrays.
pub const ELF_NGREG: usize = 45;
pub const ELF_NFPREG: usize = 34;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_regs_struct {
    pub regs: [u64; 32],
    pub orig_a0: u64,
    pub csr_era: u64,
    pub csr_badv: u64,
    pub reserved: [u64; 10],
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct user_fp_struct {
    pub fpr: [u64; 32],
    pub fcc: u64,
    pub fcsr: u32,
}

pub type elf_greg_t = c_ulong;
pub type elf_gregset_t = [elf_greg_t; ELF_NGREG];

/// One floating-point register, as a `double` or a `float`.
///
/// With `extra_traits` it is `Debug` (without its contents), but not
/// `PartialEq`, `Eq` or `Hash`: which member holds the value is not
/// recorded, and reading `d` after writing `f` would read uninitialized
/// bytes.
#[repr(C)]
#[derive(Clone, Copy)]
pub union elf_fpreg_t {
    pub d: c_double,
    pub f: c_float,
}

impl core::fmt::Debug for elf_fpreg_t {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("elf_fpreg_t").finish_non_exhaustive()
    }
}

pub type elf_fpregset_t = [elf_fpreg_t; ELF_NFPREG];
