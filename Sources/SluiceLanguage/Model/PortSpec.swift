/// One protocol with an optional port range: `tcp/443`, `tcp/50000-51000`, `udp`, `icmp`.
public struct PortSpec: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var transport: Transport
    /// The ports, inclusive; nil means every port (always nil for ICMP).
    public var ports: ClosedRange<UInt16>?

    /// Creates a port item.
    public init(_ transport: Transport, ports: ClosedRange<UInt16>? = nil) {
        self.transport = transport
        self.ports = ports
    }

    /// The ports as a range, with nil widened to every port.
    public var portRange: ClosedRange<UInt16> { ports ?? 0...65535 }

    /// `tcp/443`, `tcp/1-2`, `udp`.
    public var description: String {
        guard let ports else { return transport.rawValue }
        if ports.lowerBound == ports.upperBound { return "\(transport.rawValue)/\(ports.lowerBound)" }
        return "\(transport.rawValue)/\(ports.lowerBound)-\(ports.upperBound)"
    }

    /// Parses the forms `description` prints; ports must be 1-65535.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let transport = Transport(rawValue: String(parts[0])) else { return nil }
        self.transport = transport
        if parts.count == 1 { ports = nil; return }
        guard transport.hasPorts else { return nil }
        let bounds = parts[1].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let lo = UInt16(bounds[0]), lo >= 1 else { return nil }
        let hi = bounds.count == 2 ? UInt16(bounds[1]) : lo
        guard let hi, hi >= lo else { return nil }
        ports = lo...hi
    }

    /// Whether every packet this item matches is also matched by `other`.
    public func isCovered(by other: PortSpec) -> Bool {
        transport == other.transport && other.portRange.lowerBound <= portRange.lowerBound
            && portRange.upperBound <= other.portRange.upperBound
    }

    public static func < (a: PortSpec, b: PortSpec) -> Bool {
        (a.transport, a.portRange.lowerBound, a.portRange.upperBound)
            < (b.transport, b.portRange.lowerBound, b.portRange.upperBound)
    }
}

extension PortSpec: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let spec = PortSpec(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a port: \(text)"))
        }
        self = spec
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
