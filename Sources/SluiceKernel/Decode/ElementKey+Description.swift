import SluiceCompiler

extension ElementKey {
    /// The key as nft prints it: an address, prefix or range, a port or port range, a quoted
    /// interface name, a protocol number, or a uid.
    public var nftText: String {
        switch self {
        case .address(let r): r.description
        case .ports(let p): p.lowerBound == p.upperBound ? "\(p.lowerBound)" : "\(p.lowerBound)-\(p.upperBound)"
        case .ifname(let n): "\"\(n)\""
        case .l4proto(let v): "\(v)"
        case .nfproto(let v): "\(v)"
        case .uid(let v): "\(v)"
        }
    }
}
