// `<resolv.h>`: glibc's `res_init` is a macro for `__res_init`.

extern "C" {
    #[link_name = "__res_init"]
    pub fn res_init() -> c_int;
}
