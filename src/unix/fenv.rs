// `<fenv.h>`: the floating-point environment functions (musl
// `include/fenv.h`); `fenv_t` and the flags are the architecture's.

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
