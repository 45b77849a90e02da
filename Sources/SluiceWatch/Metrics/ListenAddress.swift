import SluiceLanguage

/// Where the metrics endpoint listens: `127.0.0.1:9417`, `[::1]:9417`, `localhost:9417`, or
/// `:9417` for every IPv4 interface. Port 0 picks a free port.
public struct ListenAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address to bind.
    public var host: IPAddress
    /// The port to bind.
    public var port: UInt16

    /// Creates an address.
    public init(host: IPAddress, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; throws for anything else.
    public init(parsing text: String) throws(WatchError) {
        let bad = WatchError.invalidSetting(
            "bad metrics address \"\(text)\": expected HOST:PORT, such as 127.0.0.1:9417 or [::1]:9417")
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else { throw bad }
        var hostText = String(text[..<colon])
        if hostText.hasPrefix("[") && hostText.hasSuffix("]") {
            hostText = String(hostText.dropFirst().dropLast())
        } else if hostText.contains(":") {
            throw bad
        }
        let host: IPAddress?
        switch hostText {
        case "": host = IPAddress("0.0.0.0")
        case "localhost": host = IPAddress("127.0.0.1")
        default: host = IPAddress(hostText)
        }
        guard let host else { throw bad }
        self.init(host: host, port: port)
    }

    /// `HOST:PORT`, IPv6 in brackets.
    public var description: String {
        host.family == .ipv6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
