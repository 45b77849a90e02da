/// Netlink attributes walked in raw memory, for the hot reads that cannot afford an
/// `ArraySlice` per attribute (`NetlinkAttributes` is the general form).
enum RawAttributes {
    /// Calls `body` with each attribute's type (without the nested/byte-order flags) and value, in
    /// order; stops at the first malformed length, as `mnl_attr_for_each` does.
    static func forEach(_ bytes: UnsafeRawBufferPointer, _ body: (UInt16, UnsafeRawBufferPointer) -> Void) {
        var offset = 0
        while bytes.count - offset >= 4 {
            let length = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
            let type = (UInt16(bytes[offset + 2]) | UInt16(bytes[offset + 3]) << 8) & 0x3fff
            guard length >= 4, length <= bytes.count - offset else { return }
            body(type, UnsafeRawBufferPointer(rebasing: bytes[(offset + 4)..<(offset + length)]))
            offset += min(bytes.count - offset, (length + 3) & ~3)
        }
    }

    /// Whether a NUL-terminated string attribute holds `text`.
    static func equals(_ value: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard value.count == count + 1 || value.count == count else { return false }
        let expected = UnsafeRawBufferPointer(start: text.utf8Start, count: count)
        return value.prefix(count).elementsEqual(expected) && (value.count == count || value[count] == 0)
    }

    /// An 8-byte big-endian value.
    static func bigEndian64(_ value: UnsafeRawBufferPointer) -> UInt64? {
        guard value.count == 8 else { return nil }
        return UInt64(bigEndian: value.loadUnaligned(as: UInt64.self))
    }
}
