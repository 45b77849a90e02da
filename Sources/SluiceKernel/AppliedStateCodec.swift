import Foundation
import SluiceCompiler
import SluiceLanguage

/// The state cache's file format: a magic number and version, an FNV-1a checksum, a JSON header
/// (identity and the ruleset without policy-set elements), then the policy sets' elements in a
/// compact binary form, because decoding 100k elements from JSON would take longer than reading
/// them from the kernel.
enum AppliedStateCodec {
    static let magic: [UInt8] = Array("SLKS".utf8)
    static let version: UInt8 = 1

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
        var body: [UInt8] = []
        body.reserveCapacity(json.count + 16 + state.ruleset.sets.reduce(0) { $0 + $1.elements.count * 12 })
        put(&body, UInt32(json.count))
        body += json
        for set in state.ruleset.sets {
            put(&body, UInt32(set.elements.count))
            for e in set.elements { encode(e, into: &body) }
        }
        var out = magic + [version]
        put(&out, checksum(body))
        return out + body
    }

    static func decode(_ bytes: [UInt8]) -> AppliedState? {
        guard bytes.count >= 13, Array(bytes[0..<4]) == magic, bytes[4] == version else { return nil }
        var reader = Reader(bytes: bytes, offset: 5)
        guard let sum = reader.u64(), sum == checksum(bytes[13...]),
              let jsonLength = reader.u32(), let json = reader.take(Int(jsonLength)),
              var header = try? JSONDecoder().decode(Header.self, from: Data(json)) else { return nil }
        for i in header.ruleset.sets.indices {
            guard let count = reader.u32() else { return nil }
            var elements: [SetElement] = []
            elements.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let e = decodeElement(&reader) else { return nil }
                elements.append(e)
            }
            header.ruleset.sets[i].elements = elements
        }
        guard reader.offset == bytes.count else { return nil }
        return AppliedState(bootID: header.bootID, namespaceID: header.namespaceID, tableHandle: header.tableHandle,
                            generation: header.generation, setHandles: header.setHandles, ruleset: header.ruleset)
    }

    private static func encode(_ e: SetElement, into out: inout [UInt8]) {
        switch e.key {
        case .address(let r) where r.family == .ipv4:
            out.append(0)
            put(&out, UInt32(truncatingIfNeeded: r.lower.value))
            put(&out, UInt32(truncatingIfNeeded: r.upper.value))
        case .address(let r):
            out.append(1)
            put(&out, UInt64(truncatingIfNeeded: r.lower.value >> 64)); put(&out, UInt64(truncatingIfNeeded: r.lower.value))
            put(&out, UInt64(truncatingIfNeeded: r.upper.value >> 64)); put(&out, UInt64(truncatingIfNeeded: r.upper.value))
        case .ports(let p):
            out.append(2)
            put(&out, UInt16(p.lowerBound)); put(&out, UInt16(p.upperBound))
        case .ifname(let n):
            out.append(3)
            let utf8 = Array(n.utf8.prefix(255))
            out.append(UInt8(utf8.count)); out += utf8
        case .l4proto(let v):
            out.append(4); out.append(v)
        case .nfproto(let v):
            out.append(5); out.append(v)
        }
        let flags: UInt8 = (e.comment != nil ? 1 : 0) | (e.timeout != nil ? 2 : 0)
        out.append(flags)
        if let t = e.timeout { put(&out, t) }
        if let c = e.comment {
            let utf8 = Array(c.utf8.prefix(65535))
            put(&out, UInt16(utf8.count)); out += utf8
        }
    }

    private static func decodeElement(_ r: inout Reader) -> SetElement? {
        guard let tag = r.u8() else { return nil }
        let key: ElementKey
        switch tag {
        case 0:
            guard let lo = r.u32(), let hi = r.u32(),
                  let range = AddressRange(lower: IPAddress(family: .ipv4, value: UInt128(lo)),
                                           upper: IPAddress(family: .ipv4, value: UInt128(hi))) else { return nil }
            key = .address(range)
        case 1:
            guard let a = r.u64(), let b = r.u64(), let c = r.u64(), let d = r.u64(),
                  let range = AddressRange(lower: IPAddress(family: .ipv6, value: UInt128(a) << 64 | UInt128(b)),
                                           upper: IPAddress(family: .ipv6, value: UInt128(c) << 64 | UInt128(d)))
            else { return nil }
            key = .address(range)
        case 2:
            guard let lo = r.u16(), let hi = r.u16(), lo <= hi else { return nil }
            key = .ports(lo...hi)
        case 3:
            guard let n = r.u8(), let bytes = r.take(Int(n)) else { return nil }
            key = .ifname(String(decoding: bytes, as: UTF8.self))
        case 4:
            guard let v = r.u8() else { return nil }
            key = .l4proto(v)
        case 5:
            guard let v = r.u8() else { return nil }
            key = .nfproto(v)
        default:
            return nil
        }
        guard let flags = r.u8() else { return nil }
        var e = SetElement(key)
        if flags & 2 != 0 { guard let t = r.u64() else { return nil }; e.timeout = t }
        if flags & 1 != 0 {
            guard let n = r.u16(), let bytes = r.take(Int(n)) else { return nil }
            e.comment = String(decoding: bytes, as: UTF8.self)
        }
        return e
    }

    private static func put<T: FixedWidthInteger>(_ out: inout [UInt8], _ v: T) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
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

    private struct Reader {
        let bytes: [UInt8]
        var offset: Int

        mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, offset + n <= bytes.count else { return nil }
            defer { offset += n }
            return bytes[offset..<(offset + n)]
        }
        mutating func u8() -> UInt8? { take(1)?.first }
        mutating func int<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard let s = take(MemoryLayout<T>.size) else { return nil }
            var v: T = 0
            for (i, b) in s.enumerated() { v |= T(b) << (8 * i) }
            return v
        }
        mutating func u16() -> UInt16? { int(UInt16.self) }
        mutating func u32() -> UInt32? { int(UInt32.self) }
        mutating func u64() -> UInt64? { int(UInt64.self) }
    }
}
