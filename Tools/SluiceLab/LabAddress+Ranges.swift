/// Prefix tests that keep lab traffic inside the address ranges the project may use.
extension LabAddress {
    /// Whether the address lies in `network/length`; false when the families differ.
    public func isWithin(_ network: LabAddress, prefixLength length: Int) -> Bool {
        guard network.family == family, length >= 0, length <= family.bitCount else { return false }
        var remaining = length
        for index in 0..<bytes.count where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if bytes[index] & mask != network.bytes[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    /// Whether the address is in a documentation prefix: 192.0.2.0/24, 198.51.100.0/24,
    /// 203.0.113.0/24 or 2001:db8::/32 (the only outside addresses a lab may own).
    public var isDocumentation: Bool {
        LabAddress.documentationPrefixes.contains { isWithin($0.network, prefixLength: $0.length) }
    }

    /// Whether the address may be given to an inside host or node: 10.0.0.0/8, fd00::/8, or a
    /// documentation prefix (sites number inside hosts from 2001:db8::/32 in examples, too).
    public var isLabInside: Bool {
        isDocumentation || LabAddress.privatePrefixes.contains { isWithin($0.network, prefixLength: $0.length) }
    }

    /// Whether the address is in 169.254.0.0/16 or fe80::/10, where the lab puts its link addresses.
    public var isLinkLocal: Bool {
        LabAddress.linkLocalPrefixes.contains { isWithin($0.network, prefixLength: $0.length) }
    }

    private static let documentationPrefixes: [(network: LabAddress, length: Int)] = [
        prefix("192.0.2.0", 24), prefix("198.51.100.0", 24), prefix("203.0.113.0", 24), prefix("2001:db8::", 32),
    ].compactMap { $0 }

    private static let privatePrefixes: [(network: LabAddress, length: Int)] = [
        prefix("10.0.0.0", 8), prefix("fd00::", 8),
    ].compactMap { $0 }

    private static let linkLocalPrefixes: [(network: LabAddress, length: Int)] = [
        prefix("169.254.0.0", 16), prefix("fe80::", 10),
    ].compactMap { $0 }

    private static func prefix(_ text: String, _ length: Int) -> (network: LabAddress, length: Int)? {
        LabAddress(text).map { ($0, length) }
    }
}
