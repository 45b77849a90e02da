import SluiceLanguage

/// What one group's hosts were seen doing, for the proposal: the flows the base policy lacks, and
/// the highest daily, 30-day and group-total use.
struct LearnedGroup {
    let name: String
    var lacking: [ObservedFlow] = []
    var hosts: Set<String> = []
    /// Bytes per (host, day) and (host, 30-day window), and per day for the whole group.
    var daily: [String: [Int64: UInt64]] = [:]
    var monthly: [String: [Int64: UInt64]] = [:]
    var groupDaily: [Int64: UInt64] = [:]

    init(name: String) {
        self.name = name
    }

    mutating func count(host: String, hour: Int64, bytes: UInt64) {
        hosts.insert(host)
        let day = hour - hour % 86_400, month = hour - hour % (30 * 86_400)
        daily[host, default: [:]][day, default: 0] &+= bytes
        monthly[host, default: [:]][month, default: 0] &+= bytes
        groupDaily[day, default: 0] &+= bytes
    }

    func highest(_ table: [String: [Int64: UInt64]]) -> QuotaEvidence {
        var evidence = QuotaEvidence()
        for (host, windows) in table {
            for (window, bytes) in windows { evidence.consider(bytes, host: host, window: window) }
        }
        return evidence
    }

    /// Each host's highest window of `table`.
    func peaks(_ table: [String: [Int64: UInt64]]) -> [String: UInt64] {
        table.mapValues { $0.values.max() ?? 0 }
    }

    var highestGroupDay: QuotaEvidence {
        var evidence = QuotaEvidence()
        for (day, bytes) in groupDaily { evidence.consider(bytes, host: "*", window: day) }
        return evidence
    }
}
