import SluiceLanguage

/// One entry of a network namespace's neighbour table (ARP for IPv4, neighbour discovery for
/// IPv6): an address seen on a directly attached link, and the link-layer address it answered from.
public struct Neighbour: Hashable, Sendable {
    /// The neighbour's IP address.
    public let address: IPAddress
    /// The interface it was seen on.
    public let interfaceIndex: Int32
    /// Its link-layer (MAC) address.
    public let linkAddress: [UInt8]

    /// Creates an entry.
    public init(address: IPAddress, interfaceIndex: Int32, linkAddress: [UInt8]) {
        self.address = address
        self.interfaceIndex = interfaceIndex
        self.linkAddress = linkAddress
    }

}

extension Neighbour {
    /// How many other addresses one host's link-layer address answers for at most, usually: a
    /// dual-stack host has a few (IPv4, a stable and some temporary IPv6 addresses). More is a
    /// router answering for many (proxy ARP), or a host claiming others' addresses in the
    /// gateway's neighbour table; they are followed all the same (a contained host could
    /// otherwise claim a few more to switch following off), and the watcher says so once.
    public static let siblingLimit = 16

    /// The entry of `address` in `table`, and the other addresses its link-layer address answers
    /// for on the same interface (in order): one host's addresses, as the link sees them. Nil when
    /// the table has no entry for the address (not on a link of this machine).
    public static func siblings(of address: IPAddress, in table: [Neighbour]) -> (entry: Neighbour, siblings: [IPAddress])? {
        let address = address.unmapped
        guard let entry = table.first(where: { $0.address.unmapped == address }) else { return nil }
        let siblings = table.filter { $0.interfaceIndex == entry.interfaceIndex && $0.linkAddress == entry.linkAddress }
            .map(\.address.unmapped).filter { $0 != address }
        return (entry, Array(Set(siblings)).sorted())
    }

    /// `aa:bb:cc:dd:ee:ff on interface N`.
    public var linkText: String {
        linkAddress.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: ":") + " on interface \(interfaceIndex)"
    }
}

extension Neighbour {
    /// How the reason of a containment that followed `host` to another of its addresses begins:
    /// the host, then (`siblingReason`) the link-layer address. `release` of the host finds them by it.
    public static func siblingReasonPrefix(of host: String) -> String {
        siblingReasonLead + host + " ("
    }

    private static let siblingReasonLead = "same link-layer address as "

    /// The host a containment followed to this address, from its reason; nil for a containment
    /// of the host itself (only those are followed: a follower's own siblings are its host's).
    public static func followedHost(inReason reason: String) -> String? {
        guard reason.hasPrefix(siblingReasonLead) else { return nil }
        let rest = reason.dropFirst(siblingReasonLead.count)
        guard let end = rest.range(of: " (") else { return nil }
        return String(rest[..<end.lowerBound])
    }

    /// The reason of a containment that followed `host` to another address this entry's
    /// link-layer address answers for, before the host's own reason.
    public func siblingReason(of host: String) -> String {
        Self.siblingReasonPrefix(of: host) + linkText + "): "
    }
}
