import SluiceCompiler
import SluiceLanguage

/// Set element keys on the wire: addresses and ports in network order, protocol numbers as one
/// byte, interface names as 16 NUL-padded bytes, and interval sets as nft sends them (a start
/// element and an end element at `upper + 1` flagged `NFT_SET_ELEM_INTERVAL_END`).
enum ElementCodec {
    /// The key bytes of a single value of `type`; nil when the key does not fit the type or is a
    /// range where a single value is needed.
    static func single(_ key: ElementKey, as type: SetKeyType) -> [UInt8]? {
        switch (key, type) {
        case (.address(let r), .ipv4Addr) where r.family == .ipv4 && r.lower == r.upper: r.lower.bytes
        case (.address(let r), .ipv6Addr) where r.family == .ipv6 && r.lower == r.upper: r.lower.bytes
        case (.ports(let p), .inetService) where p.lowerBound == p.upperBound: port(p.lowerBound)
        case (.l4proto(let v), .inetProto): [v]
        case (.nfproto(let v), .nfproto): [v]
        case (.ifname(let name), .ifname): interfaceName(name)
        case (.uid(let v), .uid): uid(v)
        default: nil
        }
    }

    /// The bounds of an interval key as numbers, for writing keys without intermediate arrays.
    static func numbers(_ key: ElementKey, as type: SetKeyType) -> (lower: UInt128, upper: UInt128)? {
        switch (key, type) {
        case (.address(let r), .ipv4Addr) where r.family == .ipv4,
             (.address(let r), .ipv6Addr) where r.family == .ipv6:
            return (r.lower.value, r.upper.value)
        case (.ports(let p), .inetService):
            return (UInt128(p.lowerBound), UInt128(p.upperBound))
        default:
            return nil
        }
    }

    /// Whether a set of this type can have the interval flag here.
    static func supportsIntervals(_ type: SetKeyType) -> Bool {
        type == .ipv4Addr || type == .ipv6Addr || type == .inetService
    }

    static func port(_ p: UInt16) -> [UInt8] { [UInt8(p >> 8), UInt8(p & 0xff)] }

    /// A uid as `meta skuid` loads it and nft's `uid` type stores it: host byte order.
    static func uid(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v) { Array($0) } }

    /// An interface name as the kernel compares it: up to 15 bytes, NUL-padded to IFNAMSIZ.
    /// nft treats a trailing `*` as a wildcard, which Sluice never means.
    static func interfaceName(_ name: String) -> [UInt8]? {
        let utf8 = Array(name.utf8)
        guard !utf8.isEmpty, utf8.count < 16, !utf8.contains(0), utf8.last != UInt8(ascii: "*") else { return nil }
        return utf8 + [UInt8](repeating: 0, count: 16 - utf8.count)
    }

    /// The element key a value's bytes stand for, for a single-value element.
    static func key(_ bytes: ArraySlice<UInt8>, as type: SetKeyType) -> ElementKey? {
        guard bytes.count == type.length else { return nil }
        switch type {
        case .ipv4Addr, .ipv6Addr:
            guard let a = IPAddress(bytes: bytes) else { return nil }
            return .address(AddressRange(a))
        case .inetService:
            let p = UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.startIndex + 1])
            return .ports(p...p)
        case .inetProto:
            return .l4proto(bytes[bytes.startIndex])
        case .nfproto:
            return .nfproto(bytes[bytes.startIndex])
        case .uid:
            var v: UInt32 = 0
            withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: bytes) }
            return .uid(v)
        case .ifname:
            let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
            return .ifname(String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self))
        }
    }

    /// A key's value as an unsigned integer, for interval arithmetic on read-back.
    static func number(_ bytes: ArraySlice<UInt8>) -> UInt128 {
        bytes.withUnsafeBytes { number($0) }
    }

    /// Big-endian bytes as an unsigned integer (the last 16 when there are more). One copy into
    /// place rather than a 128-bit shift per byte: the watcher reads 20,000 keys a second and an
    /// apply's cache 200,000.
    static func number(_ bytes: UnsafeRawBufferPointer) -> UInt128 {
        let count = min(bytes.count, 16)
        var bigEndian: UInt128 = 0
        Swift.withUnsafeMutableBytes(of: &bigEndian) { target in
            UnsafeMutableRawBufferPointer(rebasing: target[(16 - count)...])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - count)...]))
        }
        return UInt128(bigEndian: bigEndian)
    }

    /// Runs `body` over the low `count` bytes of `value`, big-endian (`count` clamped to 0...16):
    /// a key as netlink and the applied-state cache write it.
    static func withBigEndianBytes<T>(of value: UInt128, count: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let count = min(max(count, 0), 16)
        var bigEndian = value.bigEndian
        return Swift.withUnsafeBytes(of: &bigEndian) { raw in body(UnsafeRawBufferPointer(rebasing: raw[(16 - count)...])) }
    }

    /// The range key for [lower, upper] numbers of an interval type.
    static func rangeKey(lower: UInt128, upper: UInt128, as type: SetKeyType) -> ElementKey? {
        switch type {
        case .ipv4Addr, .ipv6Addr:
            let family: AddressFamily = type == .ipv4Addr ? .ipv4 : .ipv6
            guard let r = AddressRange(lower: IPAddress(family: family, value: lower),
                                       upper: IPAddress(family: family, value: upper)) else { return nil }
            return .address(r)
        case .inetService:
            guard upper <= UInt128(UInt16.max), lower <= upper else { return nil }
            return .ports(UInt16(lower)...UInt16(upper))
        default:
            return nil
        }
    }

    /// The largest key value of an interval type.
    static func maxNumber(_ type: SetKeyType) -> UInt128 {
        switch type {
        case .ipv4Addr: UInt128(UInt32.max)
        case .inetService: UInt128(UInt16.max)
        default: UInt128.max
        }
    }
}
