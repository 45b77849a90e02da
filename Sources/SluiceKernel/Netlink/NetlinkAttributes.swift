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
