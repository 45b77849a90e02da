/// The packet or connection field a match reads. Each implies its protocol dependency
/// (`ip saddr` implies `meta nfproto ipv4`, `tcp dport` implies `meta l4proto tcp`), which the
/// kernel backend adds exactly as nft does.
public enum MatchKey: String, Hashable, Sendable, Codable {
    case ipSaddr = "ip saddr"
    case ipDaddr = "ip daddr"
    case ip6Saddr = "ip6 saddr"
    case ip6Daddr = "ip6 daddr"
    case tcpDport = "tcp dport"
    case udpDport = "udp dport"
    /// Source ports: only the DNS answer queue tests them (`udp sport 53`).
    case tcpSport = "tcp sport"
    case udpSport = "udp sport"
    case l4proto = "meta l4proto"
    case nfproto = "meta nfproto"
    case oifname = "oifname"
    case iifname = "iifname"
    case ctState = "ct state"
    /// Whether the packet goes the way its connection was opened or back: only the DNS answer
    /// queue tests it, so that only replies to a query a host sent are learned from.
    case ctDirection = "ct direction"
    /// The uid that owns the packet's socket (host mode `users`); packets without a full socket
    /// (the kernel's own replies, time-wait) do not match.
    case skuid = "meta skuid"
    /// The connection's conntrack mark; a match tests bits of it.
    case ctMark = "ct mark"
    /// The uid the connection recorded as its owner (`Statement.recordOwner`), for packets that
    /// leave without one (an orphaned socket's): conntrack label 64 says one is recorded, labels
    /// 0-31 hold it. A connection without a recorded owner matches neither `==` nor `!=`.
    /// nft 1.0.6 has no spelling for it; the renderers write `ct owner`.
    case owner = "ct owner"

    /// The set key type a lookup with this key needs.
    public var setKeyType: SetKeyType? {
        switch self {
        case .ipSaddr, .ipDaddr: .ipv4Addr
        case .ip6Saddr, .ip6Daddr: .ipv6Addr
        case .tcpDport, .udpDport, .tcpSport, .udpSport: .inetService
        case .l4proto: .inetProto
        case .nfproto: .nfproto
        case .oifname, .iifname: .ifname
        case .skuid, .owner: .uid
        case .ctState, .ctDirection, .ctMark: nil
        }
    }
}
