/// nftnl user data: type-length-value records (one byte each for type and length) that the kernel
/// stores opaquely and nft reads back for comments, key byte order and element flags.
struct UserData: Hashable {
    private(set) var records: [(type: UInt8, value: [UInt8])] = []

    init() {}

    /// Parses records; stops at a truncated one.
    init(_ bytes: ArraySlice<UInt8>) {
        var i = bytes.startIndex
        while i + 2 <= bytes.endIndex {
            let type = bytes[i]
            let length = Int(bytes[i + 1])
            guard i + 2 + length <= bytes.endIndex else { break }
            records.append((type, Array(bytes[(i + 2)..<(i + 2 + length)])))
            i += 2 + length
        }
    }

    /// A host-order u32 (nftnl_udata_put_u32).
    mutating func putU32(_ type: UInt8, _ value: UInt32) {
        records.append((type, RuleLinearizer.littleEndian(value)))
    }

    /// Raw bytes (nftnl_udata_put); at most 255 of them, what one record's length byte holds.
    mutating func put(_ type: UInt8, _ value: [UInt8]) {
        records.append((type, Array(value.prefix(255))))
    }

    /// A NUL-terminated string (nftnl_udata_put_strz); false when it does not fit one record.
    @discardableResult
    mutating func putString(_ type: UInt8, _ value: String) -> Bool {
        let bytes = Array(value.utf8) + [0]
        guard bytes.count <= 255 else { return false }
        records.append((type, bytes))
        return true
    }

    /// The string of the first record of `type`, without its NUL.
    func string(_ type: UInt8) -> String? {
        guard let value = records.first(where: { $0.type == type })?.value else { return nil }
        let end = value.firstIndex(of: 0) ?? value.endIndex
        return String(decoding: value[..<end], as: UTF8.self)
    }

    /// The host-order u32 of the first record of `type`.
    func u32(_ type: UInt8) -> UInt32? {
        guard let value = records.first(where: { $0.type == type })?.value, value.count == 4 else { return nil }
        return UInt32(value[0]) | UInt32(value[1]) << 8 | UInt32(value[2]) << 16 | UInt32(value[3]) << 24
    }

    var isEmpty: Bool { records.isEmpty }

    /// The encoded records.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        for r in records {
            out.append(r.type)
            out.append(UInt8(r.value.count))
            out.append(contentsOf: r.value)
        }
        return out
    }

    static func == (a: UserData, b: UserData) -> Bool { a.bytes == b.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    // libnftnl's record types (udata.h).
    static let ruleComment: UInt8 = 0
    static let objComment: UInt8 = 0
    static let setKeyByteOrder: UInt8 = 0
    static let setComment: UInt8 = 7
    static let elemComment: UInt8 = 0
    static let elemFlags: UInt8 = 1
    /// NFTNL_SET_ELEM_F_INTERVAL_OPEN: a range that runs to the top of its type.
    static let elemFlagIntervalOpen: UInt32 = 1
}
