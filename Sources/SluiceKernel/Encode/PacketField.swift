import SluiceCompiler

/// A header field Sluice matches or keys sets with: where it is in the packet and which protocol
/// it depends on.
struct PacketField: Hashable {
    /// The protocol a field needs established first.
    enum Dependency: Hashable {
        /// `meta nfproto` (NFPROTO_IPV4 = 2, NFPROTO_IPV6 = 10).
        case network(UInt8)
        /// `meta l4proto` (IPPROTO_TCP = 6, IPPROTO_UDP = 17).
        case transport(UInt8)
    }

    var key: MatchKey
    var base: UInt32
    var offset: UInt32
    var length: UInt32
    var dependency: Dependency

    /// The field of a match key; nil for keys that are not header fields.
    init?(_ key: MatchKey) {
        self.key = key
        let network = KernelExpression.networkHeader
        let transport = KernelExpression.transportHeader
        switch key {
        case .ipSaddr: (base, offset, length, dependency) = (network, 12, 4, .network(NFT.familyIPv4))
        case .ipDaddr: (base, offset, length, dependency) = (network, 16, 4, .network(NFT.familyIPv4))
        case .ip6Saddr: (base, offset, length, dependency) = (network, 8, 16, .network(NFT.familyIPv6))
        case .ip6Daddr: (base, offset, length, dependency) = (network, 24, 16, .network(NFT.familyIPv6))
        case .tcpDport: (base, offset, length, dependency) = (transport, 2, 2, .transport(6))
        case .udpDport: (base, offset, length, dependency) = (transport, 2, 2, .transport(17))
        case .tcpSport: (base, offset, length, dependency) = (transport, 0, 2, .transport(6))
        case .udpSport: (base, offset, length, dependency) = (transport, 0, 2, .transport(17))
        default: return nil
        }
    }

    /// The field whose load is this payload expression, given the established protocols.
    init?(base: UInt32, offset: UInt32, length: UInt32, network: UInt8?, transport: UInt8?) {
        let candidates: [MatchKey] = [.ipSaddr, .ipDaddr, .ip6Saddr, .ip6Daddr, .tcpDport, .udpDport, .tcpSport, .udpSport]
        for key in candidates {
            guard let field = PacketField(key), field.base == base, field.offset == offset, field.length == length
            else { continue }
            switch field.dependency {
            case .network(let family) where family == network: self = field; return
            case .transport(let proto) where proto == transport: self = field; return
            default: continue
            }
        }
        return nil
    }

    /// Whether this field's protocol dependency is `meta nfproto VALUE` (`network`) or
    /// `meta l4proto VALUE`.
    func depends(onNetwork network: Bool, _ value: UInt8) -> Bool {
        switch dependency {
        case .network(let family): network && family == value
        case .transport(let proto): !network && proto == value
        }
    }

    /// The payload load into register 1.
    var load: KernelExpression {
        .payload(base: base, offset: offset, length: length, dreg: KernelExpression.register1)
    }
}
