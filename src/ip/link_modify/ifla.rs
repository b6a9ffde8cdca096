//! Kernel numbers used by `ip link` requests (include/uapi/linux/if_link.h, if.h).
pub const IFLA_ADDRESS: u16 = 1;
pub const IFLA_BROADCAST: u16 = 2;
pub const IFLA_IFNAME: u16 = 3;
pub const IFLA_MTU: u16 = 4;
pub const IFLA_LINK: u16 = 5;
pub const IFLA_MASTER: u16 = 10;
pub const IFLA_TXQLEN: u16 = 13;
pub const IFLA_OPERSTATE: u16 = 16;
pub const IFLA_LINKMODE: u16 = 17;
pub const IFLA_LINKINFO: u16 = 18;
pub const IFLA_NET_NS_PID: u16 = 19;
pub const IFLA_IFALIAS: u16 = 20;
pub const IFLA_VFINFO_LIST: u16 = 22;
pub const IFLA_AF_SPEC: u16 = 26;
pub const IFLA_GROUP: u16 = 27;
pub const IFLA_NET_NS_FD: u16 = 28;
pub const IFLA_EXT_MASK: u16 = 29;
pub const IFLA_NUM_TX_QUEUES: u16 = 31;
pub const IFLA_NUM_RX_QUEUES: u16 = 32;
pub const IFLA_CARRIER: u16 = 33;
pub const IFLA_LINK_NETNSID: u16 = 37;
pub const IFLA_PROTO_DOWN: u16 = 39;
pub const IFLA_GSO_MAX_SEGS: u16 = 40;
pub const IFLA_GSO_MAX_SIZE: u16 = 41;
pub const IFLA_XDP: u16 = 43;
pub const IFLA_NEW_IFINDEX: u16 = 49;
pub const IFLA_PROP_LIST: u16 = 52;
pub const IFLA_ALT_IFNAME: u16 = 53;
pub const IFLA_PROTO_DOWN_REASON: u16 = 55;
pub const IFLA_PARENT_DEV_NAME: u16 = 56;
pub const IFLA_GRO_MAX_SIZE: u16 = 58;

pub const IFLA_INFO_KIND: u16 = 1;
pub const IFLA_INFO_DATA: u16 = 2;
pub const IFLA_INFO_SLAVE_KIND: u16 = 4;
pub const IFLA_INFO_SLAVE_DATA: u16 = 5;

pub const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;
pub const IFLA_PROTO_DOWN_REASON_MASK: u16 = 1;
pub const IFLA_PROTO_DOWN_REASON_VALUE: u16 = 2;

pub const IFLA_VF_INFO: u16 = 1;
pub const IFLA_VF_MAC: u16 = 1;
pub const IFLA_VF_VLAN: u16 = 2;
pub const IFLA_VF_TX_RATE: u16 = 3;
pub const IFLA_VF_SPOOFCHK: u16 = 4;
pub const IFLA_VF_LINK_STATE: u16 = 5;
pub const IFLA_VF_RATE: u16 = 6;
pub const IFLA_VF_RSS_QUERY_EN: u16 = 7;
pub const IFLA_VF_TRUST: u16 = 9;
pub const IFLA_VF_IB_NODE_GUID: u16 = 10;
pub const IFLA_VF_IB_PORT_GUID: u16 = 11;
pub const IFLA_VF_VLAN_LIST: u16 = 12;
pub const IFLA_VF_VLAN_INFO: u16 = 1;

pub const IFF_UP: u32 = 0x1;
pub const IFF_NOTRAILERS: u32 = 0x20;
pub const IFF_NOARP: u32 = 0x80;
pub const IFF_PROMISC: u32 = 0x100;
pub const IFF_ALLMULTI: u32 = 0x200;
pub const IFF_MULTICAST: u32 = 0x1000;
pub const IFF_DYNAMIC: u32 = 0x8000;

pub const AF_INET6: u16 = 10;
