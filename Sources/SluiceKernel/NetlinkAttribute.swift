/// One netlink attribute: its type (without the nested/byte-order flags) and its value bytes.
struct NetlinkAttribute {
    var type: UInt16
    var value: ArraySlice<UInt8>

    /// The value as a big-endian unsigned integer of the value's width (1, 2, 4 or 8 bytes).
    var be32: UInt32? { value.count == 4 ? UInt32(truncatingIfNeeded: NetlinkAttribute.bigEndian(value)) : nil }
    var be64: UInt64? { value.count == 8 ? NetlinkAttribute.bigEndian(value) : nil }
    var be16: UInt16? { value.count == 2 ? UInt16(truncatingIfNeeded: NetlinkAttribute.bigEndian(value)) : nil }
    var u8: UInt8? { value.first }
    /// Host-order u32 (the few netlink fields not in network order, like ext-ack offsets).
    var host32: UInt32? {
        guard value.count == 4 else { return nil }
        var v: UInt32 = 0
        for (i, b) in value.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }

    /// The value as a string, up to the first NUL.
    var string: String {
        let end = value.firstIndex(of: 0) ?? value.endIndex
        return String(decoding: value[value.startIndex..<end], as: UTF8.self)
    }

    /// The attributes nested in this one.
    var nested: NetlinkAttributes { NetlinkAttributes(value) }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var v: UInt64 = 0
        for b in bytes { v = (v << 8) | UInt64(b) }
        return v
    }
}

/// A run of netlink attributes, walked in order (what `mnl_attr_for_each` does in C).
struct NetlinkAttributes: Sequence {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    struct Iterator: IteratorProtocol {
        var bytes: ArraySlice<UInt8>
        mutating func next() -> NetlinkAttribute? {
            guard bytes.count >= 4 else { return nil }
            let s = bytes.startIndex
            let length = Int(bytes[s]) | Int(bytes[s + 1]) << 8
            let type = (UInt16(bytes[s + 2]) | UInt16(bytes[s + 3]) << 8) & 0x3fff
            guard length >= 4, length <= bytes.count else { bytes = bytes[bytes.endIndex...]; return nil }
            let attribute = NetlinkAttribute(type: type, value: bytes[(s + 4)..<(s + length)])
            let aligned = Swift.min(bytes.count, (length + 3) & ~3)
            bytes = bytes[(s + aligned)...]
            return attribute
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    /// The attributes by type (the last one wins), for types up to `max`.
    func table(max: Int) -> [NetlinkAttribute?] {
        var out = [NetlinkAttribute?](repeating: nil, count: max + 1)
        for a in self where Int(a.type) <= max { out[Int(a.type)] = a }
        return out
    }
}
