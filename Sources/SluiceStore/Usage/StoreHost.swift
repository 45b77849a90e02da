import SluiceLanguage

/// The one spelling of a host the store keeps, so `10.0.0.1` and `2001:DB8::1` written by
/// different commands land on the same row.
enum StoreHost {
    /// The built-in host-mode group: this machine's own traffic.
    static let selfHost = "self"
    /// The whole group of a `total` quota.
    static let groupTotal = "*"

    /// A canonical address, `self`, or (when allowed) `*`; anything else is refused.
    static func normalize(_ host: String, allowGroupTotal: Bool, operation: String,
                          path: String) throws(StoreError) -> String {
        if host == selfHost { return host }
        if allowGroupTotal && host == groupTotal { return host }
        if let address = IPAddress(host) { return address.description }
        let expected = allowGroupTotal ? "an IP address, \"self\" or \"*\"" : "an IP address or \"self\""
        throw StoreError(operation: operation, path: path,
                         reason: .invalidArgument("bad host \"\(host)\": expected \(expected)"))
    }
}
