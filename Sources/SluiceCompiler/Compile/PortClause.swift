import SluiceLanguage

/// One protocol slice of an allow's `on` list: `tcp dport @s_web_tcp`, `meta l4proto icmp`, or
/// nothing at all when the allow names no ports.
struct PortClause {
    /// The family the protocol is tied to (`icmp` to IPv4, `icmpv6` to IPv6), if any.
    var family: AddressFamily?
    var statements: [Statement]
}
