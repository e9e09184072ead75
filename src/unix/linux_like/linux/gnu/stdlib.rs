// `<stdlib.h>`: glibc's `getpt`, which opens a pseudo-terminal master (glibc
// `stdlib/stdlib.h`).

extern "C" {
    pub fn getpt() -> c_int;
}
