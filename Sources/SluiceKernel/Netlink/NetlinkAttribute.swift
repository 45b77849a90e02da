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
