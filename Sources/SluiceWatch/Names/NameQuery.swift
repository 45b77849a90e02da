import SluiceLanguage

/// A DNS query for one name and type (RFC 1035 §4.1): what `sluice apply` asks the `dns`
/// servers, and what the watcher asks them to confirm a held answer; recursion desired.
public struct NameQuery: Hashable, Sendable {
    /// A (1) or AAAA (28).
    public enum RecordType: UInt16, Sendable {
        case a = 1
        case aaaa = 28

        /// The record type that carries addresses of `family`.
        public init(_ family: AddressFamily) { self = family == .ipv4 ? .a : .aaaa }
    }

    /// The largest UDP answer asked for (the DNS flag day 2020 size: no fragmentation on
    /// common paths).
    static let udpPayload: UInt16 = 1_232

    public var id: UInt16
    public var name: String
    public var type: RecordType

    /// Creates a query.
    public init(id: UInt16, name: String, type: RecordType) {
        self.id = id
        self.name = name
        self.type = type
    }

    /// The message, or nil for a name that cannot be asked (a label over 63 bytes, or a name over
    /// 253: the language refuses them already).
    public var message: [UInt8]? {
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xff), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1]
        guard name.utf8.count <= 253 else { return nil }
        let labels = (name.hasSuffix(".") ? name.dropLast() : Substring(name)).split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63 else { return nil }
            out.append(UInt8(label.utf8.count))
            out += label.utf8
        }
        out += [0, UInt8(type.rawValue >> 8), UInt8(type.rawValue & 0xff), 0, 1]
        // EDNS0 (RFC 6891): an OPT record offering 1,232-byte answers over UDP. Without it an
        // answer is cut at 512 bytes (about 17 AAAA records), and a truncated answer teaches
        // nothing: a name with more addresses could never be confirmed.
        out += [0, 0, 41, UInt8(Self.udpPayload >> 8), UInt8(Self.udpPayload & 0xff), 0, 0, 0, 0, 0, 0]
        return out
    }
}
