import SluiceLanguage

/// Reads a DNS response (RFC 1035) off the wire, strictly and within bounds: every read is
/// checked against the message, compression pointers must point backwards (no loops), names are
/// at most 255 bytes, and at most `maximumRecords` answer records are looked at. A message it
/// cannot read is nil: the watcher admits nothing from it.
///
/// Only address records of the type the question asked for are kept (A for an A question, AAAA
/// for an AAAA one; none for any other question): an address the question did not ask for is not
/// an answer to it, whatever the server added.
public enum DNSParser {
    /// The most answer records read from one message; the rest are ignored.
    public static let maximumRecords = 1_024
    /// The most compression pointers followed in one name.
    static let maximumPointers = 32

    /// The response in `bytes` (the UDP payload, or a TCP message without its length prefix).
    public static func parse(_ bytes: [UInt8]) -> DNSAnswer? {
        var reader = Reader(bytes: bytes)
        guard let id = reader.u16(), let flags = reader.u16(), let qdcount = reader.u16(), let ancount = reader.u16(),
              reader.u16() != nil, reader.u16() != nil else { return nil }
        // A response (QR), a standard query (opcode 0), not truncated, exactly one question.
        guard flags & 0x8000 != 0, (flags >> 11) & 0xF == 0, flags & 0x0200 == 0, qdcount == 1 else { return nil }
        // An Internet-class question; its type decides which address records answer it.
        guard let question = reader.name(), let questionType = reader.u16(), reader.u16() == 1 else { return nil }
        var records: [DNSRecord] = []
        for _ in 0..<min(Int(ancount), maximumRecords) {
            guard let name = reader.name(), let type = reader.u16(), let rclass = reader.u16(), let ttl = reader.u32(),
                  let length = reader.u16(), let rdata = reader.slice(Int(length)) else { return nil }
            guard rclass == 1 else { continue }
            // RFC 2181 8: a TTL with the top bit set is 0.
            let seconds = ttl & 0x8000_0000 != 0 ? 0 : ttl
            switch type {
            case 1 where length == 4 && questionType == 1, 28 where length == 16 && questionType == 28:
                if let address = IPAddress(bytes: bytes[rdata]) {
                    records.append(DNSRecord(name: name, ttl: seconds, data: .address(address)))
                }
            case 5:
                var inner = reader
                inner.offset = rdata.lowerBound
                guard let target = inner.name(), inner.offset == rdata.upperBound else { return nil }
                records.append(DNSRecord(name: name, ttl: seconds, data: .alias(target)))
            default:
                continue
            }
        }
        return DNSAnswer(id: id, rcode: UInt8(flags & 0xF), question: question, records: records)
    }

    /// A cursor over the message.
    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func u16() -> UInt16? {
            guard offset + 2 <= bytes.count else { return nil }
            defer { offset += 2 }
            return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        }

        mutating func u32() -> UInt32? {
            guard let high = u16(), let low = u16() else { return nil }
            return UInt32(high) << 16 | UInt32(low)
        }

        mutating func slice(_ count: Int) -> Range<Int>? {
            guard count >= 0, offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return offset..<(offset + count)
        }

        /// A name, lowercase and without the trailing dot ("" for the root); the cursor ends
        /// after the name's first occurrence (after its first pointer, if any).
        mutating func name() -> String? {
            // Read into one buffer and made a string once: an answer's names are read per
            // answer, on the path of a held answer.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { text in
                var length = 0
                var at = offset
                var end: Int?
                var pointers = 0
                while true {
                    guard at < bytes.count else { return nil }
                    let b = bytes[at]
                    switch b & 0xC0 {
                    case 0x00:
                        if b == 0 {
                            offset = end ?? at + 1
                            // Each label was written with a dot after it.
                            return String(decoding: UnsafeBufferPointer(rebasing: text[0..<max(0, length - 1)]), as: UTF8.self)
                        }
                        let count = Int(b)
                        guard at + 1 + count <= bytes.count, length + count + 1 <= 255 else { return nil }
                        for byte in bytes[(at + 1)...(at + count)] {
                            // A label holding a dot or an unprintable byte would read as other names.
                            guard byte > 0x20, byte < 0x7F, byte != 0x2E else { return nil }
                            text[length] = Self.lowercased(byte)
                            length += 1
                        }
                        text[length] = UInt8(ascii: ".")
                        length += 1
                        at += 1 + count
                    case 0xC0:
                        guard at + 1 < bytes.count, pointers < DNSParser.maximumPointers else { return nil }
                        let target = Int(b & 0x3F) << 8 | Int(bytes[at + 1])
                        // Only backwards, so no pointer chain can loop.
                        guard target < at else { return nil }
                        if end == nil { end = at + 2 }
                        pointers += 1
                        at = target
                    default:
                        return nil
                    }
                }
            }
        }

        static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
    }
}
