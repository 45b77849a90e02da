/// The binary form the statement cache keeps a parsed `group`, `destination` or `service` in: every
/// field of `DefinitionNode` (and the normalized addresses), with lines counted from the
/// statement's first line so that the entry fits the statement wherever it moves in the file. The
/// file's name is not kept; it is the reader's.
///
/// Only definitions that parsed without a problem are kept (`hasErrors` is false). A field added to
/// `DefinitionNode` must be added here too: `DefinitionCodecTests` fails until it is.
enum DefinitionCodec {
    /// Bumped whenever the form changes; an entry of another version is not read.
    static let version: UInt8 = 1

    /// The node, with lines relative to `firstLine`.
    static func encode(_ node: DefinitionNode, normalized: [AddressRange], firstLine: Int) -> [UInt8] {
        var w = ByteWriter()
        w.byte(version)
        // A `users` statement is never cached (SegmentedParse); were one written, its 3 is refused.
        w.byte(node.kind == .group ? 0 : node.kind == .destination ? 1 : node.kind == .service ? 2 : 3)
        w.string(node.name.value)
        w.location(node.name.location, firstLine)
        w.location(node.location, firstLine)
        w.ranges(node.addresses)
        w.varint(node.addressLocations.count)
        for location in node.addressLocations { w.location(location, firstLine) }
        w.varint(node.ports.count)
        for port in node.ports {
            w.byte(UInt8(Transport.allCases.firstIndex(of: port.transport) ?? 0))
            if let ports = port.ports {
                w.byte(1)
                w.varint(Int(ports.lowerBound))
                w.varint(Int(ports.upperBound))
            } else {
                w.byte(0)
            }
        }
        // Usually the list as written (already sorted and merged): then it is not kept twice.
        if normalized == node.addresses {
            w.byte(0)
        } else {
            w.byte(1)
            w.ranges(normalized)
        }
        return w.bytes
    }

    /// The node of an entry made by `encode`, in `file`, its statement starting at `firstLine`;
    /// nil for an entry that is damaged or of another version.
    static func decode(_ bytes: [UInt8], file: String, firstLine: Int) -> DefinitionNode? {
        var r = ByteReader(bytes: bytes, file: file, firstLine: firstLine)
        guard r.byte() == version, let kindByte = r.byte(), kindByte < 3,
              let name = r.string(), let nameLocation = r.location(), let location = r.location(),
              let addresses = r.ranges(), let locationCount = r.varint(), locationCount <= bytes.count else { return nil }
        let kind: DefinitionKind = kindByte == 0 ? .group : kindByte == 1 ? .destination : .service
        var node = DefinitionNode(kind: kind, name: Located(name, nameLocation), location: location)
        node.addresses = addresses
        node.addressLocations.reserveCapacity(locationCount)
        for _ in 0..<locationCount {
            guard let location = r.location() else { return nil }
            node.addressLocations.append(location)
        }
        guard let portCount = r.varint(), portCount <= bytes.count else { return nil }
        for _ in 0..<portCount {
            guard let t = r.byte(), Int(t) < Transport.allCases.count, let hasPorts = r.byte() else { return nil }
            let transport = Transport.allCases[Int(t)]
            if hasPorts == 1 {
                guard let lower = r.varint(), let upper = r.varint(), lower <= upper, upper <= Int(UInt16.max) else { return nil }
                node.ports.append(PortSpec(transport, ports: UInt16(lower)...UInt16(upper)))
            } else {
                node.ports.append(PortSpec(transport))
            }
        }
        switch r.byte() {
        case 0: node.normalizedAddresses = addresses
        case 1: guard let normalized = r.ranges() else { return nil }
            node.normalizedAddresses = normalized
        default: return nil
        }
        return r.atEnd ? node : nil
    }

    /// Appends the pieces of an entry.
    private struct ByteWriter {
        var bytes: [UInt8] = []

        mutating func byte(_ b: UInt8) { bytes.append(b) }

        mutating func varint(_ value: Int) {
            var v = UInt64(value)
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func string(_ text: String) {
            varint(text.utf8.count)
            bytes += text.utf8
        }

        mutating func location(_ location: SourceLocation, _ firstLine: Int) {
            varint(location.line - firstLine)
            varint(location.column)
            varint(location.length)
        }

        mutating func ranges(_ ranges: [AddressRange]) {
            varint(ranges.count)
            bytes.reserveCapacity(bytes.count + ranges.count * 33)
            for range in ranges {
                let v4 = range.family == .ipv4
                bytes.append(v4 ? 4 : 6)
                for value in [range.lower.value, range.upper.value] {
                    if v4 {
                        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).bigEndian) { bytes += $0 }
                    } else {
                        withUnsafeBytes(of: value.bigEndian) { bytes += $0 }
                    }
                }
            }
        }
    }

    /// Reads the pieces of an entry; every read fails (nil) past the end.
    private struct ByteReader {
        let bytes: [UInt8]
        let file: String
        let firstLine: Int
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            offset += 1
            return bytes[offset - 1]
        }

        mutating func varint() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let b = byte() {
                value |= UInt64(b & 0x7F) << shift
                if b & 0x80 == 0 { return value <= UInt64(Int.max) ? Int(value) : nil }
                shift += 7
                if shift > 56 { return nil }
            }
            return nil
        }

        mutating func string() -> String? {
            guard let count = varint(), count <= bytes.count - offset else { return nil }
            offset += count
            return String(decoding: bytes[(offset - count)..<offset], as: UTF8.self)
        }

        mutating func location() -> SourceLocation? {
            guard let line = varint(), let column = varint(), let length = varint() else { return nil }
            return SourceLocation(file: file, line: firstLine + line, column: column, length: length)
        }

        mutating func ranges() -> [AddressRange]? {
            guard let count = varint(), count <= (bytes.count - offset) / 9 else { return nil }
            var out: [AddressRange] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let family = byte(), family == 4 || family == 6 else { return nil }
                let width = family == 4 ? 4 : 16
                guard bytes.count - offset >= 2 * width else { return nil }
                let (lower, upper): (UInt128, UInt128) = bytes.withUnsafeBytes { raw in
                    if width == 4 {
                        return (UInt128(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))),
                                UInt128(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))))
                    }
                    return (UInt128(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt128.self)),
                            UInt128(bigEndian: raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt128.self)))
                }
                offset += 2 * width
                let f: AddressFamily = family == 4 ? .ipv4 : .ipv6
                guard let range = AddressRange(lower: IPAddress(family: f, value: lower), upper: IPAddress(family: f, value: upper))
                else { return nil }
                out.append(range)
            }
            return out
        }
    }
}
