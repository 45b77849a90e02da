import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// Learned limits from hourly history: hour-of-week profiles, medians, warm-up from the group,
/// floors, windows of any length, all in UTC.
@Suite struct BaselineModelTests {
    static let noon = Int64(FakeClock.noon.timeIntervalSince1970)   // Tuesday 2026-03-10 12:00 UTC
    static let hour: Int64 = 3_600
    static let day: Int64 = 86_400
    static let a = HostID("10.20.0.1")!, b = HostID("10.20.0.2")!, c = HostID("10.20.0.3")!, d = HostID("10.20.0.4")!
    static let model = BaselineModel(multiple: LearnedMultiple(hundredths: 300), floor: 1_000, learnSeconds: 14 * 86_400)

    /// `days` days of hourly records before `noon` for `host`, `bytes(hourStart)` each.
    static func history(_ host: HostID, days: Int64, _ bytes: (Int64) -> UInt64) -> [HourlyUsage] {
        stride(from: noon - days * day, to: noon, by: Int(hour)).map { HourlyUsage(host: host, hourStart: $0, bytes: bytes($0)) }
    }

    @Test func hoursOfTheWeekAreUTCFromMonday() {
        #expect(HourOfWeek(containing: 0).index == 72)   // the epoch: Thursday 00:00
        #expect(HourOfWeek(containing: Self.noon).index == 24 + 12)
        #expect(HourOfWeek(containing: Self.noon - 36 * Self.hour).index == 0)   // Monday 00:00
        #expect(HourOfWeek(containing: Self.noon - 36 * Self.hour - 1).index == 167)
        #expect(HourOfWeek(containing: -1).index == 71)
        #expect(HourOfWeek(containing: FakeClock.noon) == HourOfWeek(index: 36 + 168))
    }

    @Test func aSteadyHostIsHeldToNTimesItsHour() throws {
        let base = try #require(Self.model.baselines(hosts: [Self.a], history: Self.history(Self.a, days: 14) { _ in 1_000_000 },
                                                     windowStart: Self.noon, windowLength: 3_600).first)
        #expect(base == HostBaseline(host: Self.a, usual: 1_000_000, limit: 3_000_000, warmingUp: false, historySeconds: 14 * Self.day))
        let sixHours = Self.model.baselines(hosts: [Self.a], history: Self.history(Self.a, days: 14) { _ in 1_000_000 },
                                            windowStart: Self.noon, windowLength: 21_600)
        #expect(sixHours.first?.limit == 18_000_000)
    }

    @Test func theProfileFollowsTheHourOfTheWeek() {
        // 10 MB in Tuesday's noon hour, 1 KB in every other hour.
        let history = Self.history(Self.a, days: 14) { HourOfWeek(containing: $0).index == 36 ? 10_000_000 : 1_000 }
        let busy = Self.model.baselines(hosts: [Self.a], history: history, windowStart: Self.noon, windowLength: 3_600)
        let quiet = Self.model.baselines(hosts: [Self.a], history: history, windowStart: Self.noon + Self.hour, windowLength: 3_600)
        #expect(busy.first?.usual == 10_000_000)
        #expect(busy.first?.limit == 30_000_000)
        #expect(quiet.first?.usual == 1_000)
        #expect(quiet.first?.limit == 3_000)
    }

    @Test func theFloorHoldsForQuietHosts() {
        let base = Self.model.baselines(hosts: [Self.a], history: Self.history(Self.a, days: 14) { _ in 10 },
                                        windowStart: Self.noon, windowLength: 3_600)
        #expect(base.first?.usual == 10)
        #expect(base.first?.limit == 1_000)
    }

    @Test func oneOddWeekDoesNotMoveTheMedian() {
        let learn21 = BaselineModel(multiple: LearnedMultiple(hundredths: 300), floor: 1, learnSeconds: 21 * 86_400)
        // Three weeks; the week before last sent 100x in every hour.
        let history = Self.history(Self.a, days: 21) { t in (Self.noon - t) > 7 * Self.day && (Self.noon - t) <= 14 * Self.day ? 100_000 : 1_000 }
        #expect(learn21.baselines(hosts: [Self.a], history: history, windowStart: Self.noon, windowLength: 3_600).first?.usual == 1_000)
    }

    @Test func silentHoursCountAsZeroAndOldRecordsAreForgotten() {
        // Two weeks: last week's noon hour silent, the week before 4 KB; the lower median of [0, 4000] is 0.
        var history = Self.history(Self.a, days: 14) { t in t == Self.noon - 14 * Self.day ? 4_000 : 1 }
        history.removeAll { $0.hourStart == Self.noon - 7 * Self.day }
        // A record older than the learning period counts for nothing.
        history.append(HourlyUsage(host: Self.a, hourStart: Self.noon - 21 * Self.day, bytes: 1 << 40))
        let base = Self.model.baselines(hosts: [Self.a], history: history, windowStart: Self.noon, windowLength: 3_600)
        #expect(base.first?.usual == 0)
        #expect(base.first?.historySeconds == 14 * Self.day)
    }

    /// 6 MB an hour in the older week, 18 MB an hour last week.
    static func louderLastWeek(_ host: HostID) -> [HourlyUsage] {
        history(host, days: 14) { (t: Int64) -> UInt64 in noon - t > 7 * day ? 6_000_000 : 18_000_000 }
    }

    @Test func aWindowStartingMidHourLearnsFromEveryWeekOfThePeriod() {
        // 12:37, a one-minute window: both noon hours of the two weeks count, the lower median is 6 MB.
        let base = Self.model.baselines(hosts: [Self.a], history: Self.louderLastWeek(Self.a),
                                        windowStart: Self.noon + 37 * 60, windowLength: 60)
        #expect(base.first?.usual == 100_000)
        #expect(base.first?.historySeconds == 14 * Self.day + 37 * 60)
        // Three weeks of 6, 18 and 60 MB: the median is 18 MB, not the mean of the last two.
        let learn21 = BaselineModel(multiple: LearnedMultiple(hundredths: 300), floor: 1, learnSeconds: 21 * 86_400)
        let three = Self.history(Self.a, days: 21) { (t: Int64) -> UInt64 in
            let age: Int64 = Self.noon - t
            if age > 14 * Self.day { return 6_000_000 }
            return age > 7 * Self.day ? 18_000_000 : 60_000_000
        }
        #expect(learn21.baselines(hosts: [Self.a], history: three, windowStart: Self.noon + 37 * 60,
                                  windowLength: 60).first?.usual == 300_000)
    }

    @Test func aHostAtItsLimitRaisesItsUsualByTheMultipleOncePerLearningPeriod() {
        // Two weeks of 3.6 MB an hour; then every week the host sends its whole limit in every minute.
        var history = Self.history(Self.a, days: 14) { _ in 3_600_000 }
        var usuals: [UInt64] = []
        for week in Int64(0)..<4 {
            let start = Self.noon + week * 7 * Self.day
            let base = Self.model.baselines(hosts: [Self.a], history: history, windowStart: start + 37 * 60, windowLength: 60)
            let hourly = (base.first?.usual ?? 0) * 60
            usuals.append(hourly)
            history += stride(from: start, to: start + 7 * Self.day, by: Int(Self.hour)).map {
                HourlyUsage(host: Self.a, hourStart: $0, bytes: 3 * hourly)
            }
        }
        #expect(usuals == [3_600_000, 3_600_000, 10_800_000, 10_800_000], "not 3x, 9x, 27x")
    }

    @Test func theProfileIsWhatTheLimitInForceLearnsFrom() {
        var hours = Dictionary(uniqueKeysWithValues: Self.louderLastWeek(Self.a).map { ($0.hourStart, $0.bytes) })
        hours[Self.noon] = 60_000_000   // the hour in progress
        let now = Self.noon + 37 * 60
        let profile = HourOfWeekProfile.medians(hours, since: now - 14 * Self.day, before: now)
        let base = Self.model.baselines(hosts: [Self.a], history: Self.louderLastWeek(Self.a), windowStart: now, windowLength: 60)
        #expect(profile[HourOfWeek(containing: Self.noon).index] == 6_000_000)
        #expect(base.first?.usual == 6_000_000 / 60)
    }

    @Test func newHostsWarmUpOnTheGroupsMedian() {
        let history = Self.history(Self.a, days: 14) { _ in 1_000 } + Self.history(Self.b, days: 14) { _ in 5_000 }
            + Self.history(Self.c, days: 14) { _ in 9_000 } + Self.history(Self.d, days: 3) { _ in 1 }
        let all = Self.model.baselines(hosts: [Self.a, Self.b, Self.c, Self.d], history: history,
                                       windowStart: Self.noon, windowLength: 3_600)
        #expect(all.map(\.warmingUp) == [false, false, false, true])
        #expect(all.map(\.usual) == [1_000, 5_000, 9_000, 5_000])
        #expect(all[3].historySeconds == 3 * Self.day)
        #expect(all[3].limit == 15_000)
        // Seven days exactly is enough.
        let week = Self.model.baselines(hosts: [Self.d], history: Self.history(Self.d, days: 7) { _ in 2_000 },
                                        windowStart: Self.noon, windowLength: 3_600)
        #expect(week.first?.warmingUp == false)
        #expect(week.first?.usual == 2_000)
    }

    @Test func newHostsWarmUpOnTheirOwnGroupsMedianNotTheQuotas() {
        // a and b are compute nodes (1,000 and 3,000 an hour), c a login node (900,000 an hour);
        // d, a new compute node, warms up on the compute median, and e, a new login node, on c's.
        let history = Self.history(Self.a, days: 14) { _ in 1_000 } + Self.history(Self.b, days: 14) { _ in 3_000 }
            + Self.history(Self.c, days: 14) { _ in 900_000 }
        let e = HostID("10.20.0.5")!
        let groups: [HostID: String] = [Self.a: "compute", Self.b: "compute", Self.d: "compute", Self.c: "login", e: "login"]
        let all = Self.model.baselines(hosts: [Self.a, Self.b, Self.c, Self.d, e], history: history,
                                       windowStart: Self.noon, windowLength: 3_600, group: { groups[$0] })
        #expect(all.map(\.warmingUp) == [false, false, false, true, true])
        #expect(all[3].usual == 2_000, "the compute median, not the quota's (3,000)")
        #expect(all[4].usual == 900_000)
        // Without groups every host is in one: the old quota-wide median.
        let pooled = Self.model.baselines(hosts: [Self.a, Self.b, Self.c, Self.d], history: history,
                                          windowStart: Self.noon, windowLength: 3_600)
        #expect(pooled[3].usual == 3_000)
    }

    @Test func withNobodyWarmedUpEveryoneGetsTheFloor() {
        let all = Self.model.baselines(hosts: [Self.a, Self.b], history: Self.history(Self.a, days: 2) { _ in 1 << 30 },
                                       windowStart: Self.noon, windowLength: 3_600)
        #expect(all.map(\.limit) == [1_000, 1_000])
        #expect(all.map(\.warmingUp) == [true, true])
        #expect(all.map(\.historySeconds) == [2 * Self.day, 0])
    }

    @Test func windowsShorterThanAnHourOrOffTheHourTakeTheirShare() {
        let history = Self.history(Self.a, days: 14) { HourOfWeek(containing: $0).index == 36 ? 3_600_000 : 0 }
        // 10 minutes of the noon hour: a sixth of it.
        #expect(Self.model.baselines(hosts: [Self.a], history: history, windowStart: Self.noon, windowLength: 600).first?.usual == 600_000)
        // 11:30 to 12:30: none of 11:00, half of noon.
        #expect(Self.model.baselines(hosts: [Self.a], history: history, windowStart: Self.noon - 1_800,
                                     windowLength: 3_600).first?.usual == 1_800_000)
    }

    @Test func aWindowLongerThanAWeekLooksOnlyBeforeItself() {
        let learn28 = BaselineModel(multiple: LearnedMultiple(hundredths: 100), floor: 1, learnSeconds: 28 * 86_400)
        let history = Self.history(Self.a, days: 28) { _ in 1 }
        // 14 days of 1 byte an hour.
        #expect(learn28.baselines(hosts: [Self.a], history: history, windowStart: Self.noon,
                                  windowLength: 14 * 86_400).first?.usual == 14 * 24)
    }
}
