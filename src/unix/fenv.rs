// `<fenv.h>`: the floating-point environment functions (musl
// `include/fenv.h`); `fenv_t` and the flags are the architecture's.

/// `((const fenv_t *) -1)`: the default environment, for `fesetenv` and
/// `feupdateenv` (musl `include/fenv.h`, alike on every architecture).
pub const FE_DFL_ENV: *const fenv_t = -1_isize as *const fenv_t;

extern "C" {
    pub fn feclearexcept(mask: c_int) -> c_int;
    pub fn fegetenv(envp: *mut fenv_t) -> c_int;
    pub fn fegetexceptflag(fp: *mut fexcept_t, mask: c_int) -> c_int;
    pub fn fegetround() -> c_int;
    pub fn feholdexcept(envp: *mut fenv_t) -> c_int;
    pub fn feraiseexcept(mask: c_int) -> c_int;
    pub fn fesetenv(envp: *const fenv_t) -> c_int;
    pub fn fesetexceptflag(fp: *const fexcept_t, mask: c_int) -> c_int;
    pub fn fesetround(r: c_int) -> c_int;
    pub fn fetestexcept(mask: c_int) -> c_int;
    pub fn feupdateenv(envp: *const fenv_t) -> c_int;
}
