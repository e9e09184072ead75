//! wasm32-wali: WALI's spec (x86_64 syscall numbers, 4-byte pointers, 8-byte long) over musl's generic headers.
