internal import CSystemShims

/// `IP_PKTINFO` (`struct in_pktinfo`), which `<netinet/in.h>` shows only under `_GNU_SOURCE`:
/// a control message that names a datagram's source address, so one unbound socket can send
/// from many addresses.
public enum PacketInfo {
    /// The `cmsg_type` (and socket option) `IP_PKTINFO`, at level `IPPROTO_IP`.
    public static let messageType = Int32(sluice_ip_pktinfo())
    /// `sizeof(struct in_pktinfo)`: `ipi_ifindex`, `ipi_spec_dst`, `ipi_addr`.
    public static let size = Int(sluice_in_pktinfo_size())
    /// The offset of `ipi_spec_dst`, the source address the datagram is to have.
    public static let sourceAddressOffset = 4
}
