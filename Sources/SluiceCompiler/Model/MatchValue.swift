import SluiceLanguage

/// What a match compares its key with. The policy's addresses and ports are always looked up in
/// named sets, so the per-packet cost does not grow with the number of addresses; only the few
/// rules of a `FamilyTable` (one per `dns` server) compare single values.
public enum MatchValue: Hashable, Sendable, Codable {
    /// `@NAME`: membership in a named set.
    case set(String)
    /// One IP protocol number (`meta l4proto tcp`).
    case l4proto(UInt8)
    /// One netfilter family (`meta nfproto ipv4`).
    case nfproto(UInt8)
    /// An interface name (`oifname "lo"`).
    case ifname(String)
    /// Any of these connection states (`ct state established,related`).
    case ctState(CtState)
    /// One direction of the connection (`ct direction reply`).
    case ctDirection(CtDirection)
    /// Bits of the conntrack mark that must all be set (`ct mark & 0x40000000 == 0x40000000`).
    case ctMarkBits(UInt32)
    /// One address (`ip saddr 192.0.2.53`), in a family table only.
    case address(IPAddress)
    /// One port (`udp sport 53`), in a family table only.
    case port(UInt16)
    /// The key can be read at all (`meta skuid >= 0`: the packet has a socket owner).
    case present
}
