import SluiceLanguage

/// A parsed DNS response: its question and the A, AAAA and CNAME records of its answer section
/// (others are skipped).
public struct DNSAnswer: Hashable, Sendable {
    /// The message id.
    public var id: UInt16
    /// The response code (0: no error).
    public var rcode: UInt8
    /// The name asked about, lowercase, without the trailing dot.
    public var question: String
    public var records: [DNSRecord]

    /// Creates an answer.
    public init(id: UInt16, rcode: UInt8, question: String, records: [DNSRecord]) {
        self.id = id
        self.rcode = rcode
        self.question = question
        self.records = records
    }

    /// The longest CNAME chain followed: resolvers do not build longer ones, and a loop ends here.
    public static let maximumChain = 16

    /// The addresses the answer gives for its question: the names of the CNAME chain from the
    /// question (the question first), and each address at the end of the chain with the
    /// smallest TTL on the way to it. Records off the chain teach nothing.
    public func resolution() -> (names: [String], addresses: [(address: IPAddress, ttl: UInt32)]) {
        // The chain holds at most `maximumChain` + 1 names: arrays, searched whole, cost less
        // than sets at every answer.
        var names = [question]
        var chainTTL = UInt32.max
        var current = question
        for _ in 0..<Self.maximumChain {
            guard let next = records.first(where: {
                if $0.name == current, case .alias = $0.data { true } else { false }
            }), case .alias(let target) = next.data, !names.contains(target) else { break }
            chainTTL = min(chainTTL, next.ttl)
            names.append(target)
            current = target
        }
        var addresses: [(address: IPAddress, ttl: UInt32)] = []
        addresses.reserveCapacity(records.count)
        for record in records where names.contains(record.name) {
            if case .address(let a) = record.data { addresses.append((a, min(record.ttl, chainTTL))) }
        }
        return (names, addresses)
    }
}
