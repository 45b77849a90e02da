import SluiceLanguage

extension AddressFamily {
    /// The netfilter family number (`NFPROTO_IPV4`, `NFPROTO_IPV6`): what `meta nfproto` compares.
    public var nfproto: UInt8 { self == .ipv4 ? 2 : 10 }

    /// The family of a netfilter family number, or nil for any other number.
    public init?(nfproto: UInt8) {
        switch nfproto {
        case 2: self = .ipv4
        case 10: self = .ipv6
        default: return nil
        }
    }
}
