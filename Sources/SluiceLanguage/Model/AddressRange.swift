/// An inclusive range of addresses of one family; prefixes and single addresses are special cases.
public struct AddressRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let lower: IPAddress
    public let upper: IPAddress

    /// Creates a range; nil when the families differ or the bounds are reversed.
    public init?(lower: IPAddress, upper: IPAddress) {
        guard lower.family == upper.family, lower.value <= upper.value else { return nil }
        self.lower = lower
        self.upper = upper
    }

    /// A single address.
    public init(_ address: IPAddress) {
        lower = address
        upper = address
    }

    /// The prefix `network/length`; host bits of `network` are cleared.
    public init(prefix network: IPAddress, length: Int) {
        let width = network.family.bitWidth
        let hostBits = width - max(0, min(length, width))
        let hostMask: UInt128 = hostBits == 128 ? .max : (UInt128(1) << UInt128(hostBits)) - 1
        lower = IPAddress(family: network.family, value: network.value & ~hostMask)
        upper = IPAddress(family: network.family, value: (network.value & ~hostMask) | hostMask)
    }

    /// Every address of a family.
    public static func all(_ family: AddressFamily) -> AddressRange {
        AddressRange(prefix: IPAddress(family: family, value: 0), length: 0)
    }

    public var family: AddressFamily { lower.family }

    /// The number of addresses, saturating at `UInt128.max`.
    public var count: UInt128 {
        let span = upper.value - lower.value
        return span == .max ? .max : span + 1
    }

    /// The prefix length when the range is exactly one CIDR prefix.
    public var prefixLength: Int? {
        let span = upper.value - lower.value
        // A prefix spans 2^k - 1 and starts on a multiple of 2^k.
        guard span & (span &+ 1) == 0 else { return nil }
        let hostBits = span == .max ? 128 : (span &+ 1).trailingZeroBitCount
        guard hostBits == 128 || lower.value & span == 0 else { return nil }
        return lower.family.bitWidth - hostBits
    }

    /// Whether the range holds the address.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && lower.value <= address.value && address.value <= upper.value
    }

    /// Whether the range holds every address of another range.
    public func contains(_ other: AddressRange) -> Bool {
        other.family == family && lower.value <= other.lower.value && other.upper.value <= upper.value
    }

    /// Whether the two ranges share an address.
    public func overlaps(_ other: AddressRange) -> Bool {
        other.family == family && lower.value <= other.upper.value && other.lower.value <= upper.value
    }

    /// The smallest list of CIDR prefixes that covers exactly this range.
    public var prefixes: [AddressRange] {
        var out: [AddressRange] = []
        var start = lower.value
        let end = upper.value
        let width = family.bitWidth
        while true {
            // The largest aligned block at `start` that does not pass `end`.
            var hostBits = start == 0 ? width : min(width, start.trailingZeroBitCount)
            while hostBits > 0 {
                let span: UInt128 = hostBits == 128 ? .max : (UInt128(1) << UInt128(hostBits)) - 1
                if end - start >= span { break }
                hostBits -= 1
            }
            let block = AddressRange(prefix: IPAddress(family: family, value: start), length: width - hostBits)
            out.append(block)
            if block.upper.value >= end { break }
            start = block.upper.value + 1
        }
        return out
    }

    /// `a.b.c.d`, `prefix/len` or `first-last`, whichever describes the range exactly.
    public var description: String {
        if lower == upper { return lower.description }
        if let length = prefixLength { return "\(lower)/\(length)" }
        return "\(lower)-\(upper)"
    }

    public static func < (a: AddressRange, b: AddressRange) -> Bool {
        (a.lower, a.upper) < (b.lower, b.upper)
    }

    /// Sorts, merges overlapping and adjacent ranges, and returns disjoint ranges in order.
    public static func normalize(_ ranges: [AddressRange]) -> [AddressRange] {
        var out: [AddressRange] = []
        for r in ranges.sorted() {
            if let last = out.last, last.family == r.family,
               last.upper.value == last.family.maxValue || last.upper.value + 1 >= r.lower.value {
                if r.upper.value > last.upper.value {
                    out[out.count - 1] = AddressRange(lower: last.lower, upper: r.upper) ?? last
                }
            } else {
                out.append(r)
            }
        }
        return out
    }
}

extension AddressRange: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let range = AddressRange(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an address range: \(text)"))
        }
        self = range
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// Parses the forms `description` prints (single, prefix, range); host bits must be clear.
    public init?(parsing text: String) {
        if let slash = text.firstIndex(of: "/") {
            guard let network = IPAddress(text[..<slash]),
                  let length = Int(text[text.index(after: slash)...]),
                  (0...network.family.bitWidth).contains(length) else { return nil }
            let range = AddressRange(prefix: network, length: length)
            guard range.lower == network else { return nil }
            self = range
        } else if let dash = text.firstIndex(of: "-") {
            guard let a = IPAddress(text[..<dash]), let b = IPAddress(text[text.index(after: dash)...]),
                  let range = AddressRange(lower: a, upper: b) else { return nil }
            self = range
        } else {
            guard let a = IPAddress(text) else { return nil }
            self.init(a)
        }
    }
}
