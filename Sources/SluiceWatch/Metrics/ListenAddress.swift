import SluiceLanguage

/// Where the metrics endpoint listens (`--metrics-address`): `127.0.0.1:9417`, `[::1]:9417`, or
/// `:9417` and `localhost:9417` for both loopback addresses. Every interface only when asked
/// for by address (`0.0.0.0:9417`, `[::]:9417`): the figures name hosts and quotas, which is
/// nothing to show a whole network by default. Port 0 picks a free port.
public struct ListenAddress: Hashable, Sendable, CustomStringConvertible {
    /// The addresses to bind, all on `port`.
    public internal(set) var hosts: [IPAddress]
    /// The port to bind.
    public var port: UInt16
    /// The first address (all there is unless it is the default loopback pair).
    public var host: IPAddress { hosts[0] }
    /// Whether these are the loopback addresses chosen for `:PORT` or `localhost:PORT`; then
    /// `::1` may be missing (IPv6 turned off) and 127.0.0.1 alone is served.
    public var isDefaultLoopback: Bool

    /// Listens on one address.
    public init(host: IPAddress, port: UInt16) {
        self.init(hosts: [host], port: port, isDefaultLoopback: false)
    }

    private init(hosts: [IPAddress], port: UInt16, isDefaultLoopback: Bool) {
        self.hosts = hosts
        self.port = port
        self.isDefaultLoopback = isDefaultLoopback
    }

    /// 127.0.0.1 and ::1 on `port`.
    public static func loopback(port: UInt16) -> ListenAddress {
        let hosts = ["127.0.0.1", "::1"].compactMap { IPAddress($0) }
        return ListenAddress(hosts: hosts, port: port, isDefaultLoopback: true)
    }

    /// Parses `HOST:PORT` (a host name other than `localhost` is refused: the endpoint binds
    /// addresses, never what a resolver says today); the error names `--metrics-address`.
    public init(parsing text: String) throws(WatchError) {
        let bad = { (why: String) in
            WatchError.invalidSetting("--metrics-address \"\(text)\": \(why); expected HOST:PORT with an IP address, "
                                      + "such as 127.0.0.1:9417, [::1]:9417 or :9417 (loopback)")
        }
        guard let colon = text.lastIndex(of: ":") else { throw bad("no port") }
        guard let port = UInt16(text[text.index(after: colon)...]) else { throw bad("the port is not a number from 0 to 65535") }
        var hostText = Substring(text[..<colon])
        if hostText.hasPrefix("[") && hostText.hasSuffix("]") {
            hostText = hostText.dropFirst().dropLast()
            guard hostText.contains(":") else { throw bad("only IPv6 addresses go in brackets") }
        } else if hostText.contains(":") {
            throw bad("an IPv6 address goes in brackets")
        }
        switch hostText {
        case "", "localhost":
            self = .loopback(port: port)
        default:
            guard let host = IPAddress(hostText) else { throw bad("\"\(hostText)\" is not an IP address") }
            self.init(host: host, port: port)
        }
    }

    /// `HOST:PORT`, IPv6 in brackets; several joined by commas.
    public var description: String {
        hosts.map { Self.text($0, port: port) }.joined(separator: ",")
    }

    /// One address and port as `HOST:PORT`, IPv6 in brackets.
    static func text(_ host: IPAddress, port: UInt16) -> String {
        host.family == .ipv6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
