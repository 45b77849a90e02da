import Foundation
import SluiceCompiler
import SluiceLanguage

/// The state cache's file format: a magic number and version, an FNV-1a checksum, a JSON header
/// (identity and the ruleset without policy-set elements), then each set's elements in a compact
/// binary form: packed numeric keys when the elements are only keys (large policy sets), else one
/// record per element. Decoding 100k elements from JSON would take longer than reading them from
/// the kernel; packed keys decode without building 100k values.
enum AppliedStateCodec {
    static let magic: [UInt8] = Array("SLKS".utf8)
    static let version: UInt8 = 2

    private struct Header: Codable {
        var bootID: String
        var namespaceID: String
        var tableHandle: UInt64
        var generation: UInt32
        var setHandles: [String: UInt64]
        var ruleset: Ruleset
    }

    static func encode(_ state: AppliedState) -> [UInt8] {
        var skeleton = state.ruleset
        for i in skeleton.sets.indices { skeleton.sets[i].elements = [] }
        let header = Header(bootID: state.bootID, namespaceID: state.namespaceID, tableHandle: state.tableHandle,
                            generation: state.generation, setHandles: state.setHandles, ruleset: skeleton)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(header)).map { [UInt8]($0) } ?? []
        let elementCount = state.ruleset.sets.reduce(0) { $0 + $1.elements.count }
        var w = ByteWriter(capacity: 13 + 4 + json.count + 4 * state.ruleset.sets.count + elementCount * 10)
        w.bytes(magic)
        w.byte(version)
        w.int(UInt64(0))  // checksum, patched below
        w.int(UInt32(json.count))
        w.bytes(json)
        for set in state.ruleset.sets {
            if let packed = state.packed[set.name] ?? PackedElements(set.elements, keyType: set.keyType),
               !packed.keys.isEmpty {
                w.byte(1)
                w.int(UInt32(packed.keys.count))
                for k in packed.keys {
                    w.number(k.lower, width: packed.width)
                    w.number(k.upper, width: packed.width)
                }
            } else {
                w.byte(0)
                w.int(UInt32(set.elements.count))
                for e in set.elements { encode(e, into: &w) }
            }
        }
        var out = w.finish()
        let sum = checksum(out[13...])
        withUnsafeBytes(of: sum.littleEndian) { raw in
            for (i, b) in raw.enumerated() { out[5 + i] = b }
        }
        return out
    }

    static func decode(_ bytes: [UInt8]) -> AppliedState? {
        guard bytes.count >= 13, Array(bytes[0..<4]) == magic, bytes[4] == version else { return nil }
        return bytes.withUnsafeBytes { raw -> AppliedState? in
            var reader = Reader(raw: raw, offset: 5)
            guard let sum = reader.int(UInt64.self), sum == checksum(bytes[13...]),
                  let jsonLength = reader.int(UInt32.self), let json = reader.take(Int(jsonLength)),
                  var header = try? JSONDecoder().decode(Header.self, from: Data(json)) else { return nil }
            var packed: [String: PackedElements] = [:]
            for i in header.ruleset.sets.indices {
                guard let form = reader.byte(), let count = reader.int(UInt32.self), Int(count) <= raw.count else { return nil }
                let keyType = header.ruleset.sets[i].keyType
                if form == 1 {
                    var p = PackedElements(keyType: keyType, keys: [])
                    p.keys.reserveCapacity(Int(count))
                    for _ in 0..<count {
                        guard let lower = reader.number(width: p.width), let upper = reader.number(width: p.width),
                              lower <= upper, p.keys.last.map({ $0 < NumericKeys.Key(lower: lower, upper: upper) }) ?? true
                        else { return nil }
                        p.keys.append(NumericKeys.Key(lower: lower, upper: upper))
                    }
                    packed[header.ruleset.sets[i].name] = p
                    continue
                }
                guard form == 0 else { return nil }
                var elements: [SetElement] = []
                elements.reserveCapacity(Int(count))
                for _ in 0..<count {
                    guard let e = decodeElement(&reader) else { return nil }
                    elements.append(e)
                }
                header.ruleset.sets[i].elements = elements
            }
            guard reader.offset == raw.count else { return nil }
            return AppliedState(bootID: header.bootID, namespaceID: header.namespaceID, tableHandle: header.tableHandle,
                                generation: header.generation, setHandles: header.setHandles, ruleset: header.ruleset,
                                packed: packed)
        }
    }

    private static func encode(_ e: SetElement, into w: inout ByteWriter) {
        switch e.key {
        case .address(let r) where r.family == .ipv4:
            w.byte(0)
            w.int(UInt32(truncatingIfNeeded: r.lower.value))
            w.int(UInt32(truncatingIfNeeded: r.upper.value))
        case .address(let r):
            w.byte(1)
            w.int(UInt64(truncatingIfNeeded: r.lower.value >> 64)); w.int(UInt64(truncatingIfNeeded: r.lower.value))
            w.int(UInt64(truncatingIfNeeded: r.upper.value >> 64)); w.int(UInt64(truncatingIfNeeded: r.upper.value))
        case .ports(let p):
            w.byte(2)
            w.int(UInt16(p.lowerBound)); w.int(UInt16(p.upperBound))
        case .ifname(let n):
            w.byte(3)
            let utf8 = Array(n.utf8.prefix(255))
            w.byte(UInt8(utf8.count)); w.bytes(utf8)
        case .l4proto(let v):
            w.byte(4); w.byte(v)
        case .nfproto(let v):
            w.byte(5); w.byte(v)
        case .uid(let v):
            w.byte(6); w.int(v)
        }
        w.byte((e.comment != nil ? 1 : 0) | (e.timeout != nil ? 2 : 0))
        if let t = e.timeout { w.int(t) }
        if let c = e.comment {
            let utf8 = Array(c.utf8.prefix(65535))
            w.int(UInt16(utf8.count)); w.bytes(utf8)
        }
    }

    private static func decodeElement(_ r: inout Reader) -> SetElement? {
        guard let tag = r.byte() else { return nil }
        let key: ElementKey
        switch tag {
        case 0:
            guard let lo = r.int(UInt32.self), let hi = r.int(UInt32.self), lo <= hi,
                  let range = AddressRange(lower: IPAddress(family: .ipv4, value: UInt128(lo)),
                                           upper: IPAddress(family: .ipv4, value: UInt128(hi))) else { return nil }
            key = .address(range)
        case 1:
            guard let a = r.int(UInt64.self), let b = r.int(UInt64.self), let c = r.int(UInt64.self),
                  let d = r.int(UInt64.self),
                  let range = AddressRange(lower: IPAddress(family: .ipv6, value: UInt128(a) << 64 | UInt128(b)),
                                           upper: IPAddress(family: .ipv6, value: UInt128(c) << 64 | UInt128(d)))
            else { return nil }
            key = .address(range)
        case 2:
            guard let lo = r.int(UInt16.self), let hi = r.int(UInt16.self), lo <= hi else { return nil }
            key = .ports(lo...hi)
        case 3:
            guard let n = r.byte(), let bytes = r.take(Int(n)) else { return nil }
            key = .ifname(String(decoding: bytes, as: UTF8.self))
        case 4:
            guard let v = r.byte() else { return nil }
            key = .l4proto(v)
        case 5:
            guard let v = r.byte() else { return nil }
            key = .nfproto(v)
        case 6:
            guard let v = r.int(UInt32.self) else { return nil }
            key = .uid(v)
        default:
            return nil
        }
        guard let flags = r.byte() else { return nil }
        var e = SetElement(key)
        if flags & 2 != 0 { guard let t = r.int(UInt64.self) else { return nil }; e.timeout = t }
        if flags & 1 != 0 {
            guard let n = r.int(UInt16.self), let bytes = r.take(Int(n)) else { return nil }
            e.comment = String(decoding: bytes, as: UTF8.self)
        }
        return e
    }

    /// FNV-1a over 8-byte words (then the tail bytes): catches a torn or damaged file, not an
    /// attacker (the directory is root's).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for w in 0..<words {
                h = (h ^ raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            }
            for i in (words * 8)..<raw.count { h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3 }
        }
        return h
    }

    static func checksum(_ bytes: [UInt8]) -> UInt64 { checksum(bytes[...]) }

    /// Little-endian writes into a growing array.
    private struct ByteWriter {
        private var out: [UInt8]

        init(capacity: Int) {
            out = []
            out.reserveCapacity(capacity)
        }

        mutating func byte(_ b: UInt8) { out.append(b) }
        /// The low `width` bytes of `v`, big-endian.
        mutating func number(_ v: UInt128, width: Int) {
            ElementCodec.withBigEndianBytes(of: v, count: width) { out.append(contentsOf: $0) }
        }
        mutating func bytes(_ b: [UInt8]) { out.append(contentsOf: b) }
        mutating func int<T: FixedWidthInteger>(_ v: T) {
            var x = v
            for _ in 0..<MemoryLayout<T>.size {
                out.append(UInt8(truncatingIfNeeded: x))
                x >>= 8
            }
        }
        func finish() -> [UInt8] { out }
    }

    /// Little-endian reads from raw bytes, each bounds-checked.
    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset: Int

        init(raw: UnsafeRawBufferPointer, offset: Int) {
            self.raw = raw
            self.offset = offset
        }

        mutating func take(_ n: Int) -> UnsafeRawBufferPointer? {
            guard n >= 0, offset + n <= raw.count else { return nil }
            defer { offset += n }
            return UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n)])
        }

        mutating func number(width: Int) -> UInt128? {
            guard width >= 0, width <= 16, offset + width <= raw.count else { return nil }
            defer { offset += width }
            return ElementCodec.number(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + width)]))
        }

        mutating func byte() -> UInt8? {
            guard offset < raw.count else { return nil }
            defer { offset += 1 }
            return raw[offset]
        }

        mutating func int<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= raw.count else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
    }
}
