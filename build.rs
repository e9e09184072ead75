//! Build script. The crate needs no custom cfg: everything it chooses is
//! decided by rustc's own `target_*` cfgs. So this script reads nothing,
//! spawns no process, writes no code, and only tells cargo that nothing
//! but this file can change its (empty) output.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
}
