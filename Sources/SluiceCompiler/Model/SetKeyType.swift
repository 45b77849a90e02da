/// The data type of a set's keys, named as nftables names it.
public enum SetKeyType: String, Hashable, Sendable, Codable {
    case ipv4Addr = "ipv4_addr"
    case ipv6Addr = "ipv6_addr"
    case inetService = "inet_service"
    case inetProto = "inet_proto"
    case ifname = "ifname"
    case nfproto = "nf_proto"
    /// A user id, in host byte order as `meta skuid` loads it.
    case uid = "uid"

    /// Key length in bytes as the kernel stores it.
    public var length: Int {
        switch self {
        case .ipv4Addr, .uid: 4
        case .ipv6Addr: 16
        case .inetService: 2
        case .inetProto, .nfproto: 1
        case .ifname: 16
        }
    }
}
