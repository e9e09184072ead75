// `<linux/if_tun.h>`: TUN/TAP devices: the `TUN*` `ioctl`s (encoded for each
// architecture by `_IOR`/`_IOW`), the `IFF_*` flags of `TUNSETIFF`, the
// offload flags and the packet and filter headers (kernel
// `include/uapi/linux/if_tun.h`).

pub const TUN_READQ_SIZE: c_short = 500;
pub const TUN_TUN_DEV: c_short = IFF_TUN as c_short;
pub const TUN_TAP_DEV: c_short = IFF_TAP as c_short;
pub const TUN_TYPE_MASK: c_short = 0x000f;

// The `ioctl` type byte of every TUN request.
const TUN_IOC_TYPE: u32 = b'T' as u32;

pub const TUNSETNOCSUM: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 200);
pub const TUNSETDEBUG: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 201);
pub const TUNSETIFF: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 202);
pub const TUNSETPERSIST: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 203);
pub const TUNSETOWNER: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 204);
pub const TUNSETLINK: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 205);
pub const TUNSETGROUP: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 206);
pub const TUNGETFEATURES: ioctl_request_t = _IOR::<c_uint>(TUN_IOC_TYPE, 207);
pub const TUNSETOFFLOAD: ioctl_request_t = _IOW::<c_uint>(TUN_IOC_TYPE, 208);
pub const TUNSETTXFILTER: ioctl_request_t = _IOW::<c_uint>(TUN_IOC_TYPE, 209);
pub const TUNGETIFF: ioctl_request_t = _IOR::<c_uint>(TUN_IOC_TYPE, 210);
pub const TUNGETSNDBUF: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 211);
pub const TUNSETSNDBUF: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 212);
pub const TUNATTACHFILTER: ioctl_request_t = _IOW::<sock_fprog>(TUN_IOC_TYPE, 213);
pub const TUNDETACHFILTER: ioctl_request_t = _IOW::<sock_fprog>(TUN_IOC_TYPE, 214);
pub const TUNGETVNETHDRSZ: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 215);
pub const TUNSETVNETHDRSZ: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 216);
pub const TUNSETQUEUE: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 217);
pub const TUNSETIFINDEX: ioctl_request_t = _IOW::<c_uint>(TUN_IOC_TYPE, 218);
pub const TUNGETFILTER: ioctl_request_t = _IOR::<sock_fprog>(TUN_IOC_TYPE, 219);
pub const TUNSETVNETLE: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 220);
pub const TUNGETVNETLE: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 221);
pub const TUNSETVNETBE: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 222);
pub const TUNGETVNETBE: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 223);
// (Sic: the kernel encodes these two as reads.)
pub const TUNSETSTEERINGEBPF: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 224);
pub const TUNSETFILTEREBPF: ioctl_request_t = _IOR::<c_int>(TUN_IOC_TYPE, 225);
pub const TUNSETCARRIER: ioctl_request_t = _IOW::<c_int>(TUN_IOC_TYPE, 226);
pub const TUNGETDEVNETNS: ioctl_request_t = _IO(TUN_IOC_TYPE, 227);

// `TUNSETIFF`'s flags, in `ifreq.ifr_flags`.
pub const IFF_TUN: c_int = 0x0001;
pub const IFF_TAP: c_int = 0x0002;
pub const IFF_NAPI: c_int = 0x0010;
pub const IFF_NAPI_FRAGS: c_int = 0x0020;
pub const IFF_NO_CARRIER: c_int = 0x0040;
pub const IFF_NO_PI: c_int = 0x1000;
pub const IFF_ONE_QUEUE: c_int = 0x2000;
pub const IFF_VNET_HDR: c_int = 0x4000;
pub const IFF_TUN_EXCL: c_int = 0x8000;
pub const IFF_MULTI_QUEUE: c_int = 0x0100;
pub const IFF_ATTACH_QUEUE: c_int = 0x0200;
pub const IFF_DETACH_QUEUE: c_int = 0x0400;
pub const IFF_PERSIST: c_int = 0x0800;
pub const IFF_NOFILTER: c_int = 0x1000;

pub const TUN_TX_TIMESTAMP: c_int = 1;

// `TUNSETOFFLOAD`'s flags.
pub const TUN_F_CSUM: c_uint = 0x01;
pub const TUN_F_TSO4: c_uint = 0x02;
pub const TUN_F_TSO6: c_uint = 0x04;
pub const TUN_F_TSO_ECN: c_uint = 0x08;
pub const TUN_F_UFO: c_uint = 0x10;
pub const TUN_F_USO4: c_uint = 0x20;
pub const TUN_F_USO6: c_uint = 0x40;
pub const TUN_F_UDP_TUNNEL_GSO: c_uint = 0x080;
pub const TUN_F_UDP_TUNNEL_GSO_CSUM: c_uint = 0x100;

pub const TUN_PKT_STRIP: c_int = 0x0001;

/// The header before each packet on a device without `IFF_NO_PI`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tun_pi {
    /// `TUN_PKT_STRIP`.
    pub flags: u16,
    /// The packet's protocol (`ETH_P_*`), in network byte order.
    pub proto: u16,
}

pub const TUN_FLT_ALLMULTI: c_int = 0x0001;

/// `TUNSETTXFILTER`'s argument: `count` hardware addresses follow it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "extra_traits", derive(PartialEq, Eq, Hash))]
pub struct tun_filter {
    /// `TUN_FLT_ALLMULTI`.
    pub flags: u16,
    pub count: u16,
    pub addr: [[u8; ETH_ALEN as usize]; 0],
}
