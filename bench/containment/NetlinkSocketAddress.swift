/// `struct sockaddr_nl` from <linux/netlink.h>, which Swift's Glibc does not import; the field
/// order and sizes match the C layout (12 bytes).
struct NetlinkSocketAddress {
    /// AF_NETLINK.
    var family = UInt16(16)
    var pad: UInt16 = 0
    /// 0: the kernel assigns the port id.
    var pid: UInt32 = 0
    /// The multicast groups to join, one bit per group (group N is bit N-1).
    var groups: UInt32 = 0
}
