// `<link.h>`: `dl_iterate_phdr` and what it reports for each loaded object
// (musl `include/link.h`; `ElfW` is `Elf64_` where pointers are 64-bit,
// `Elf32_` on wasm32).

#[cfg(target_pointer_width = "64")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dl_phdr_info {
    pub dlpi_addr: crate::Elf64_Addr,
    pub dlpi_name: *const c_char,
    pub dlpi_phdr: *const crate::Elf64_Phdr,
    pub dlpi_phnum: crate::Elf64_Half,
    pub dlpi_adds: c_ulonglong,
    pub dlpi_subs: c_ulonglong,
    pub dlpi_tls_modid: size_t,
    pub dlpi_tls_data: *mut c_void,
}

#[cfg(target_pointer_width = "32")]
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct dl_phdr_info {
    pub dlpi_addr: crate::Elf32_Addr,
    pub dlpi_name: *const c_char,
    pub dlpi_phdr: *const crate::Elf32_Phdr,
    pub dlpi_phnum: crate::Elf32_Half,
    pub dlpi_adds: c_ulonglong,
    pub dlpi_subs: c_ulonglong,
    pub dlpi_tls_modid: size_t,
    pub dlpi_tls_data: *mut c_void,
}

extern "C" {
    pub fn dl_iterate_phdr(
        callback: Option<
            unsafe extern "C" fn(info: *mut dl_phdr_info, size: size_t, data: *mut c_void) -> c_int,
        >,
        data: *mut c_void,
    ) -> c_int;
}
