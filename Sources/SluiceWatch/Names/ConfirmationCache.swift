import SluiceLanguage

/// What the `dns` servers confirmed lately, per server, question and record type, so that a burst
/// of answers for one name costs one question: an entry is reused while its TTL lasts (at most
/// `longest`) for the addresses it gave, as far as its TTL reaches, and a server is asked about
/// one question at most once per `reaskAfter`, so a flood of forged answers cannot make the
/// watcher flood the server (or wait on it) in return.
struct ConfirmationCache: Sendable {
    private struct Key: Hashable, Sendable {
        var server: IPAddress
        var question: String
        var type: NameQuery.RecordType
    }

    private struct Entry: Sendable {
        var addresses: Set<IPAddress>
        /// When the server was asked, until when its answer is reused, and where the TTL it gave
        /// ends (caller's milliseconds).
        var asked: UInt64
        var until: UInt64
        var given: UInt64
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

    /// Which of `asked` (addresses an answer from `server` gave for `question`, each with how far
    /// a reused entry's TTL must reach: see `NameLearner.Confirm`) the server confirms at `now`,
    /// each with where the TTL it gave ends; asks `confirmer` when no usable entry covers them.
    mutating func confirmed(_ asked: [(address: IPAddress, through: UInt64)], question: String, server: IPAddress,
                            now: UInt64, asking confirmer: any NameConfirmer) -> [IPAddress: UInt64] {
        var out: [IPAddress: UInt64] = [:]
        for type in [NameQuery.RecordType.a, .aaaa] {
            let wanted = asked.filter { NameQuery.RecordType($0.address.family) == type }
            guard !wanted.isEmpty else { continue }
            let key = Key(server: server, question: question, type: type)
            let known = entries[key]
            var entry: Entry
            // A clock set back makes every entry suspect (it could stand for hours): ask again.
            // An entry whose TTL ends before an answer's would cut that answer short: the server
            // is asked again (it has fetched the name anew since), once a second at most.
            if let known, now >= known.asked, now < known.asked + Self.reaskAfter
                || (now < known.until && wanted.allSatisfy {
                    known.addresses.contains($0.address) && $0.through <= known.given + NameLearner.rounding
                }) {
                entry = known
            } else {
                // No answer in time confirms nothing, for a second: the server is not asked again
                // at every answer while it is down.
                let answer = confirmer.confirm(name: question, type: type, server: server)
                if answer == nil {
                    unansweredCount += 1
                    if unanswered.count < Self.unansweredKept { unanswered.append((server, question)) }
                }
                let ttl = UInt64(answer?.ttl ?? 0) * 1_000
                entry = Entry(addresses: answer?.addresses ?? [], asked: now, until: now + min(ttl, Self.longest), given: now + ttl)
                remember(entry, at: key, now: now)
            }
            for (address, _) in wanted where entry.addresses.contains(address) { out[address] = entry.given }
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
