import SluiceCompiler
import SluiceLanguage

/// Learned per-host limits: each host's usual volume for a window is, hour by hour, the median of
/// what it sent in the same hour of each week of the learning period; its limit is
/// `max(floor, N x usual)`. A host with less than a week of history uses the median usual of its
/// group's hosts that have a week (the floor when none has), and says so; its group is the first
/// group the quota names that the host is in.
public struct BaselineModel: Sendable {
    /// `Nx usual`.
    public var multiple: LearnedMultiple
    /// `at least SIZE`.
    public var floor: UInt64
    /// `baseline learn`, in seconds.
    public var learnSeconds: UInt64

    /// History a host needs before its own profile counts: one sample of every hour of the week.
    public static let warmUpSeconds: Int64 = 7 * 86_400
    static let week: Int64 = 604_800
    static let hour: Int64 = 3_600

    /// Creates a model for one learned quota.
    public init(multiple: LearnedMultiple, floor: UInt64, learnSeconds: UInt64) {
        self.multiple = multiple
        self.floor = floor
        self.learnSeconds = learnSeconds
    }

    /// The model of a learned quota's specification; nil for a fixed one.
    public init?(_ spec: QuotaSpec, learnSeconds: UInt64) {
        guard let multiple = spec.learned else { return nil }
        self.init(multiple: multiple, floor: spec.bytes, learnSeconds: learnSeconds)
    }

    /// Every host's baseline for the window `[windowStart, windowStart + windowLength)`, in the
    /// order of `hosts`, from hourly `history` in any order (two records of one host and hour add
    /// up).
    public func baselines(hosts: [HostID], history: [HourlyUsage], windowStart: Int64, windowLength: UInt64,
                          group: (HostID) -> String? = { _ in nil }) -> [HostBaseline] {
        baselines(hosts: hosts, hourly: Self.index(history), windowStart: windowStart, windowLength: windowLength,
                  group: group)
    }

    /// Hourly records by host and hour start, the form `baselines(hosts:hourly:...)` reads.
    public static func index(_ history: [HourlyUsage]) -> [HostID: [Int64: UInt64]] {
        var byHost: [HostID: [Int64: UInt64]] = [:]
        for record in history { byHost[record.host, default: [:]][record.hourStart, default: 0] &+= record.bytes }
        return byHost
    }

    /// Every host's baseline for the window, from hourly bytes by host and hour start; hours
    /// outside the learning period before the window are ignored. A host still warming up takes
    /// the median usual of the warmed-up hosts of its `group` (hosts without one form a group).
    public func baselines(hosts: [HostID], hourly: [HostID: [Int64: UInt64]], windowStart: Int64,
                          windowLength: UInt64, group: (HostID) -> String? = { _ in nil }) -> [HostBaseline] {
        let periodStart = periodStart(windowStart: windowStart)
        let slices = Self.hourSlices(windowStart: windowStart, length: windowLength)
        var own: [(host: HostID, usual: UInt64?, history: Int64)] = []
        own.reserveCapacity(hosts.count)
        for host in hosts {
            var first = Int64.max
            let hours = hourly[host] ?? [:]
            for t in hours.keys where t >= periodStart && t < windowStart && t < first { first = t }
            guard first != Int64.max else {
                own.append((host, nil, 0))
                continue
            }
            let history = windowStart - first
            let usual = history >= Self.warmUpSeconds
                ? Self.usual(hours, since: first, before: windowStart, slices: slices, weeks: weeks) : nil
            own.append((host, usual, history))
        }
        let groupOf = Dictionary(hosts.map { ($0, group($0) ?? "") }, uniquingKeysWith: { a, _ in a })
        let groupUsuals = Self.groupUsuals(own.compactMap { entry in entry.usual.map { (groupOf[entry.host] ?? "", $0) } })
        return own.map { entry in
            let usual = entry.usual ?? groupUsuals[groupOf[entry.host] ?? ""] ?? 0
            return HostBaseline(host: entry.host, usual: usual, limit: max(floor, multiple.applied(to: usual)),
                                warmingUp: entry.usual == nil, historySeconds: entry.history)
        }
    }

    /// The weekly samples each hour of a window is learned from: the whole weeks of the learning
    /// period (`baseline learn` is at least 7d, so at least one).
    public var weeks: Int {
        max(1, Int(clamping: Int64(clamping: learnSeconds) / Self.week))
    }

    /// The first hour a window's baseline reads: the hour that holds `windowStart - learnSeconds`.
    /// Not that instant itself: a window that starts after its hour began would lose the hour one
    /// learning period back, and with it one of the few weekly samples of its own hour of the week.
    public func periodStart(windowStart: Int64) -> Int64 {
        Self.hourStart(of: windowStart - Int64(clamping: learnSeconds))
    }

    /// The start of the clock hour that holds `t`.
    static func hourStart(of t: Int64) -> Int64 { t - ((t % hour) + hour) % hour }

    /// The median usual of each group's warmed-up hosts, from (group, usual) pairs; a group without
    /// one is absent (its hosts warm up on the floor).
    public static func groupUsuals(_ usuals: [(group: String, usual: UInt64)]) -> [String: UInt64] {
        var byGroup: [String: [UInt64]] = [:]
        for (group, usual) in usuals { byGroup[group, default: []].append(usual) }
        return byGroup.mapValues { median($0.sorted()) }
    }

    /// The clock hours a window covers, with the seconds of each it covers.
    static func hourSlices(windowStart: Int64, length: UInt64) -> [(hourStart: Int64, seconds: Int64)] {
        var slices: [(Int64, Int64)] = []
        var t = windowStart
        let end = windowStart + Int64(clamping: length)
        while t < end {
            let hourStart = hourStart(of: t)
            let next = min(hourStart + hour, end)
            slices.append((hourStart, next - t))
            t = next
        }
        return slices
    }

    /// A host's usual bytes over the window's hours: for each hour, the lower median of the same
    /// hour in each of the last `weeks` weeks before the window since its first record (a silent
    /// hour counts as zero), scaled to the part of the hour the window covers.
    static func usual(_ hours: [Int64: UInt64], since first: Int64, before windowStart: Int64,
                      slices: [(hourStart: Int64, seconds: Int64)], weeks: Int) -> UInt64 {
        var total: UInt64 = 0
        var samples: [UInt64] = []
        for slice in slices {
            samples.removeAll(keepingCapacity: true)
            var t = slice.hourStart - week
            while t >= windowStart { t -= week }
            while t >= first && samples.count < weeks {
                samples.append(hours[t] ?? 0)
                t -= week
            }
            guard !samples.isEmpty else { continue }
            samples.sort()
            let hourly = lowerMedian(samples)
            let part = UInt64(clamping: (UInt128(hourly) * UInt128(slice.seconds) / UInt128(hour)))
            total = total.addingReportingOverflow(part).overflow ? UInt64.max : total + part
        }
        return total
    }

    /// The lower median of sorted values: of an even count, the smaller of the middle two. A budget
    /// learned from it rises only when the host sent more in more than half of the weeks sampled,
    /// so it can rise by at most the multiple every `weeks / 2 + 1` weeks (once per learning period
    /// with the default two weeks). The mean of the middle two would let one loud week of two
    /// raise the usual halfway: a host at 3x for a week would get 6x the next.
    static func lowerMedian(_ sorted: [UInt64]) -> UInt64 {
        sorted[(sorted.count - 1) / 2]
    }

    /// The median of sorted values; of an even count, the mean of the middle two (rounded down).
    /// Used across hosts (a warming-up host's group usual), which no single host moves alone.
    static func median(_ sorted: [UInt64]) -> UInt64 {
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return sorted[middle - 1] / 2 + sorted[middle] / 2 + (sorted[middle - 1] % 2 + sorted[middle] % 2) / 2
    }
}
