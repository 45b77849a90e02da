import SluiceLanguage

/// What one group's hosts were seen doing, for the proposal: the flows the base policy lacks, and
/// their bytes hour by hour, from which the highest use in any span of a quota's window is read.
struct LearnedGroup {
    let name: String
    var lacking: [ObservedFlow] = []
    var hosts: Set<String> = []
    /// Bytes per host per hour (Unix seconds of the hour's start), and per hour for the group.
    var hourly: [String: [Int64: UInt64]] = [:]
    var groupHourly: [Int64: UInt64] = [:]

    init(name: String) {
        self.name = name
    }

    /// Counts a host's bytes in the hour starting at `hour` (flow rollups are whole hours).
    mutating func count(host: String, hour: Int64, bytes: UInt64) {
        hosts.insert(host)
        hourly[host, default: [:]][hour, default: 0] &+= bytes
        groupHourly[hour, default: 0] &+= bytes
    }

    /// The highest use of one host in any `seconds` of consecutive hours. Any span, not only the
    /// epoch-aligned windows the kernel will count in: an observation that straddles two aligned
    /// windows would otherwise size the quota on a part of one (half a month's bytes for `30d`),
    /// and the host's first whole window would spend it.
    func highest(over seconds: Int64) -> QuotaEvidence {
        var evidence = QuotaEvidence()
        for (host, hours) in hourly {
            let (bytes, start) = Self.highestSpan(hours, seconds: seconds)
            evidence.consider(bytes, host: host, window: start)
        }
        return evidence
    }

    /// The group's highest use in any `seconds` of consecutive hours.
    func highestGroup(over seconds: Int64) -> QuotaEvidence {
        var evidence = QuotaEvidence()
        let (bytes, start) = Self.highestSpan(groupHourly, seconds: seconds)
        evidence.consider(bytes, host: "*", window: start)
        return evidence
    }

    /// Each host's highest use in any `seconds` of consecutive hours.
    func peaks(over seconds: Int64) -> [String: UInt64] {
        hourly.mapValues { Self.highestSpan($0, seconds: seconds).bytes }
    }

    /// The largest sum of hours that fit in one span of `seconds` starting at an hour, and the
    /// earliest span's start.
    static func highestSpan(_ hours: [Int64: UInt64], seconds: Int64) -> (bytes: UInt64, start: Int64) {
        let sorted = hours.sorted { $0.key < $1.key }
        var best: (bytes: UInt64, start: Int64) = (0, sorted.first?.key ?? 0)
        var sum: UInt64 = 0
        var first = 0
        for hour in sorted {
            sum &+= hour.value
            while sorted[first].key <= hour.key - seconds {
                sum &-= sorted[first].value
                first += 1
            }
            if sum > best.bytes { best = (sum, sorted[first].key) }
        }
        return best
    }
}
