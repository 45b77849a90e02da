import SluiceLanguage

/// What the `dns` servers confirmed lately, per server, question and record type, so that a burst
/// of answers for one name costs one question: an entry is reused while its TTL lasts (at most
/// `longest`), and a server is asked about one question at most once per `reaskAfter`, so a
/// flood of forged answers cannot make the watcher flood the server (or wait on it) in return.
struct ConfirmationCache: Sendable {
    private struct Key: Hashable, Sendable {
        var server: IPAddress
        var question: String
        var type: NameQuery.RecordType
    }

    private struct Entry: Sendable {
        var addresses: Set<IPAddress>
        /// When the server was asked, and until when its answer is reused (caller's milliseconds).
        var asked: UInt64
        var until: UInt64
    }

    private var entries: [Key: Entry] = [:]
    /// Questions a server did not answer in time, or refused, since the last `takeUnanswered`
    /// (a server that will not answer the watcher admits no new address at all), at most
    /// `unansweredKept` of them, for the log; `unansweredCount` counts them all.
    private var unanswered: [(server: IPAddress, question: String)] = []
    private(set) var unansweredCount = 0
    static let unansweredKept = 100

    /// The most questions remembered (a flood of names forgets the expired, then all).
    static let limit = 10_000
    /// The shortest time between two questions about the same name to the same server.
    static let reaskAfter: UInt64 = 1_000
    /// The longest a confirmation is reused, whatever its TTL.
    static let longest: UInt64 = 300_000

    /// Which of `fresh` (addresses an answer from `server` to `question` gave, not learned for it
    /// yet) the server confirms at `now`, asking `confirmer` when no usable entry covers them.
    mutating func confirmed(_ fresh: [IPAddress], question: String, server: IPAddress, now: UInt64,
                            asking confirmer: any NameConfirmer) -> Set<IPAddress> {
        var out = Set<IPAddress>()
        for type in [NameQuery.RecordType.a, .aaaa] {
            let wanted = fresh.filter { NameQuery.RecordType($0.family) == type }
            guard !wanted.isEmpty else { continue }
            let key = Key(server: server, question: question, type: type)
            let known = entries[key]
            var entry: Entry
            // A clock set back makes every entry suspect (it could stand for hours): ask again.
            if let known, now >= known.asked, now < known.asked + Self.reaskAfter
                || (now < known.until && wanted.allSatisfy(known.addresses.contains)) {
                entry = known
            } else {
                // No answer in time confirms nothing, for a second: the server is not asked again
                // at every answer while it is down.
                let answer = confirmer.confirm(name: question, type: type, server: server)
                if answer == nil {
                    unansweredCount += 1
                    if unanswered.count < Self.unansweredKept { unanswered.append((server, question)) }
                }
                entry = Entry(addresses: answer?.addresses ?? [], asked: now,
                              until: now + min(UInt64(answer?.ttl ?? 0) * 1_000, Self.longest))
                remember(entry, at: key, now: now)
            }
            out.formUnion(wanted.filter(entry.addresses.contains))
        }
        return out
    }

    /// The unanswered questions since the last call.
    mutating func takeUnanswered() -> [(server: IPAddress, question: String)] {
        defer { unanswered = [] }
        return unanswered
    }

    private mutating func remember(_ entry: Entry, at key: Key, now: UInt64) {
        if entries[key] == nil && entries.count >= Self.limit {
            entries = entries.filter { max($0.value.until, $0.value.asked + Self.reaskAfter) > now }
            if entries.count >= Self.limit { entries = [:] }
        }
        entries[key] = entry
    }
}
