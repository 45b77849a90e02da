/// How reports and proposals name a protocol and port: `tcp/443`, `udp/53`, `icmp`, `proto 47`.
enum ServiceName {
    /// The policy language's protocol names, by IP protocol number.
    static let protocols: [UInt8: String] = [6: "tcp", 17: "udp", 1: "icmp", 58: "icmpv6", 132: "sctp"]

    static func of(transport: UInt8, port: UInt16) -> String {
        guard let name = protocols[transport] else { return "proto \(transport)" }
        return port == 0 || transport == 1 || transport == 58 ? name : "\(name)/\(port)"
    }
}
