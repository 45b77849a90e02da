/// One etcd member's client URL: `https://host:port` (the default when no scheme is given) or,
/// only when asked for, `http://host:port`.
public struct Endpoint: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A name or an address (IPv6 without brackets).
    public var host: String
    /// The client port.
    public var port: UInt16
    /// Whether the member is spoken to over TLS.
    public var tls: Bool

    /// Parses `[http://|https://]host[:port]`; nil when it is not one.
    public init?(_ text: String) {
        var rest = Substring(text)
        tls = true
        if rest.hasPrefix("https://") {
            rest = rest.dropFirst(8)
        } else if rest.hasPrefix("http://") {
            rest = rest.dropFirst(7)
            tls = false
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        port = 2379
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") {
                guard let value = UInt16(after.dropFirst()) else { return nil }
                port = value
            } else if !after.isEmpty {
                return nil
            }
        } else if let colon = rest.lastIndex(of: ":"), rest.firstIndex(of: ":") == colon {
            host = String(rest[..<colon])
            guard let value = UInt16(rest[rest.index(after: colon)...]) else { return nil }
            port = value
        } else {
            host = String(rest)
        }
        guard !host.isEmpty, !host.contains("/") else { return nil }
    }

    public var description: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return "\(tls ? "https" : "http")://\(name):\(port)"
    }
}
