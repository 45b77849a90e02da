import SluiceCompiler

/// The one spelling of a host the store keeps, so `10.0.0.1`, `2001:DB8::1` and `::ffff:10.0.0.1`
/// written by different commands land on the same row: `HostID`'s canonical text.
enum StoreHost {
    /// A canonical address, `self`, or (when allowed) `*`; anything else is refused.
    static func normalize(_ host: String, allowGroupTotal: Bool, operation: String,
                          path: String) throws(StoreError) -> String {
        if let parsed = HostID(host), allowGroupTotal || parsed.isContainable { return parsed.description }
        let expected = allowGroupTotal ? "an IP address, \"self\" or \"*\"" : "an IP address or \"self\""
        throw StoreError(operation: operation, path: path,
                         reason: .invalidArgument("bad host \"\(host)\": expected \(expected)"))
    }
}
