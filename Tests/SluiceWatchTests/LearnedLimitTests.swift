import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// Learned quotas in the watcher: at every window start each host's limit is computed from its
/// hourly history (hour-of-week profile, warm-up from the group, the floor) and written into the
/// kernel in one transaction; the kernel then stops the host at its own limit.
@Suite struct LearnedLimitTests {
    static let policy = """
        policy lab {
          mode gateway
          egress "wan0"
          management soc
        }
        group compute 10.20.0.0/16, fd00:20::/64
        group soc     10.0.0.0/28
        destination mirrors 192.0.2.0/26, 2001:db8:100::/48
        allow compute to mirrors on tcp/443
        allow soc to any
        quota compute 3x usual at least 1 MB per 1h per host
        on exceed compute {
          block for 1h
          alert log
        }
        """
    static let set = "hq_compute_1h_v4"
    static let noon = Int64(FakeClock.noon.timeIntervalSince1970)
    static let hour: Int64 = 3_600
    static let week: Int64 = 7 * 86_400

    /// 14 days before noon: 10.20.0.1 sends 2 MB an hour but 10 MB in Tuesday's noon hour;
    /// 10.20.0.3 sends 100 kB an hour; 10.20.0.2 has three days of 1 MB an hour (warming up).
    static func history() -> [HourlyUsage] {
        var out: [HourlyUsage] = []
        for t in stride(from: noon - 2 * week, to: noon, by: Int(hour)) {
            let sameHourOfWeek = (noon - t) % week == 0
            out.append(HourlyUsage(host: host("10.20.0.1"), hourStart: t, bytes: sameHourOfWeek ? 10_000_000 : 2_000_000))
            out.append(HourlyUsage(host: host("10.20.0.3"), hourStart: t, bytes: 100_000))
            if t >= noon - 3 * 86_400 { out.append(HourlyUsage(host: host("10.20.0.2"), hourStart: t, bytes: 1_000_000)) }
        }
        return out
    }

    static func host(_ text: String) -> HostID { HostID.address(FakeKernel.address(text)) }

    static func harness(history: [HourlyUsage] = history(), policy: String = policy) -> Harness {
        let store = MemoryStore()
        store.seedHours(history)
        return Harness(policy, store: store)
    }

    static func limitWrites(_ h: Harness) -> [String] { h.kernel.operations.filter { $0.hasPrefix("limits ") } }

    @Test func atStartEveryHostGetsItsOwnLimitInOneTransaction() throws {
        let h = Self.harness()
        h.start()
        #expect(Self.limitWrites(h).count == 1)
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.1") == 30_000_000, "3x its usual for Tuesday noon")
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.3") == 1_000_000, "3x 100 kB is under the floor")
        // Warming up: the group's usual, the median of the warmed-up hosts (10 MB and 100 kB).
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.2") == 15_150_000)
        let recorded = try #require(h.store.baselineLimits["hq_compute_1h"])
        #expect(recorded.window == QuotaWindow(start: Self.noon, length: 3_600))
        let warming = try #require(recorded.baselines.first { $0.host == Self.host("10.20.0.2") })
        #expect(warming.warmingUp && warming.usual == 5_050_000 && warming.historySeconds == 3 * 86_400)
        #expect(recorded.baselines.filter(\.warmingUp).count == 1)
    }

    @Test func everyWindowStartRecomputesFromTheProfileAlignedToUTC() throws {
        let h = Self.harness()
        h.start()
        h.clock.advance(3_599)
        h.poll()
        #expect(Self.limitWrites(h).count == 1, "no write inside a window")
        h.clock.advance(1)
        h.poll()
        #expect(Self.limitWrites(h).count == 2, "one transaction at the 13:00 window start")
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.1") == 6_000_000, "Tuesday 13:00 is a 2 MB hour")
        #expect(h.store.baselineLimits["hq_compute_1h"]?.window.start == Self.noon + 3_600)
    }

    @Test func aHostIsStoppedAtItsLearnedLimitNotTheFloor() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.0.1", bytes: 20_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.0.1") == nil, "20 MB is over the floor but under 3x usual")
        h.kernel.charge(set: Self.set, host: "10.20.0.1", bytes: 10_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.0.1") != nil)
        let incident = try #require(h.store.incidents.first)
        #expect(incident.budget == 30_000_000 && incident.bytes == 30_000_000)
        #expect(incident.details.contains(#""budget":30000000,"usual":10000000,"warming_up":false"#))
        #expect(incident.details.contains(#""window_length":3600"#))
    }

    @Test func aHostNeverSeenStartsAtTheFloor() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.9.9", bytes: 1_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.9.9") != nil)
        #expect(h.store.incidents.first?.budget == 1_000_000)
    }

    @Test func withoutAnyWarmedUpHostEveryoneIsAtTheFloor() throws {
        let h = Self.harness(history: Self.history().filter { $0.host == Self.host("10.20.0.2") })
        h.start()
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.2") == 1_000_000)
        #expect(h.store.baselineLimits["hq_compute_1h"]?.baselines.allSatisfy(\.warmingUp) == true)
    }

    @Test func countedBytesBecomeHourlyHistoryOnceAcrossARestart() throws {
        let h = Self.harness(history: [])
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.0.7", bytes: 400_000)
        h.poll()
        h.clock.advance(10)
        h.kernel.charge(set: Self.set, host: "10.20.0.7", bytes: 100_000)
        h.poll()
        h.run(h.engine.flushAll(at: h.clock.now()))
        #expect(h.store.hours[Self.host("10.20.0.7")] == [Self.noon: 500_000])
        // A restarted watcher seeds the window's usage from the store: not counted again.
        h.restart()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.0.7", bytes: 50_000)
        h.poll()
        h.run(h.engine.flushAll(at: h.clock.now()))
        #expect(h.store.hours[Self.host("10.20.0.7")] == [Self.noon: 550_000])
        #expect(h.store.rebuilds == 2, "a lost history is rebuilt at every start (the store does nothing when it has one)")
    }

    @Test func theRestartedWatcherWritesTheSameLimitsAndKeepsUsage() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.0.1", bytes: 7_000_000)
        h.poll()
        h.restart()
        h.start()
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.1") == 30_000_000)
        #expect(h.kernel.element(Self.set, "10.20.0.1")?.quotaUsed == 7_000_000)
    }

    @Test func aReloadWithAnotherMultipleRewritesTheLimits() throws {
        let h = Self.harness()
        h.start()
        let changed = TestPolicies.compile(Self.policy.replacingOccurrences(of: "3x usual", with: "5x usual"))
        h.run(try h.engine.reload(changed))
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.1") == 50_000_000)
        #expect(Self.limitWrites(h).count == 2)
        #expect(h.store.hourReads == 1, "the history in memory serves the reload: no store read under the engine's lock")
    }

    @Test func windowStartsComputeFromMemoryAndItIncludesWhatTheWatcherRecorded() throws {
        let h = Self.harness()
        h.start()
        #expect(h.store.hourReads == 1)
        // 10.20.0.3 usually sends 100 kB; this hour it sends 50 MB (and is stopped at its floor).
        h.kernel.charge(set: Self.set, host: "10.20.0.3", bytes: 50_000_000)
        h.poll()
        h.run(h.engine.flushAll(at: h.clock.now()))
        for _ in 0..<(7 * 24) {
            h.clock.advance(3_600)
            h.poll()
        }
        #expect(h.store.hourReads == 1, "a week of window starts without reading the store again")
        // A week later, the same hour of the week: its 1 MB (the floor it was held to) is one sample
        // of two, so the lower median is still 100 kB; the history in memory has it all the same.
        #expect(h.engine.history?.hours[Self.host("10.20.0.3")]?[Self.noon] == 1_000_000)
        #expect(Self.limitWrites(h).count == 1 + 7 * 24)
    }

    @Test func aHostFirstSeenMidWindowGetsItsGroupsUsualAtTheNextSweep() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.9.8", bytes: 400_000)
        h.poll()
        #expect(h.kernel.limit(set: Self.set, host: "10.20.9.8") == 15_150_000, "3x the group's usual, as in warm-up")
        #expect(h.kernel.element(Self.set, "10.20.9.8")?.quotaUsed == 400_000, "what it used stays used")
        h.kernel.charge(set: Self.set, host: "10.20.9.8", bytes: 2_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_v4", "10.20.9.8") == nil, "2.4 MB is over the floor, under its warm-up limit")
        #expect(Self.limitWrites(h).count == 2, "one write for the new host, none again")
    }

    @Test func aWatcherStartedMidHourReadsTheHourOneLearningPeriodBack() throws {
        // 6 MB an hour in the older week, 18 MB last week; a one-minute window at 12:37.
        let history = stride(from: Self.noon - 2 * Self.week, to: Self.noon, by: Int(Self.hour)).map {
            HourlyUsage(host: Self.host("10.20.0.1"), hourStart: $0, bytes: Self.noon - $0 > Self.week ? 6_000_000 : 18_000_000)
        }
        let store = MemoryStore()
        store.seedHours(history)
        let h = Harness(Self.policy.replacingOccurrences(of: "1 MB per 1h", with: "1 KB per 1m"),
                        at: FakeClock.noon.addingTimeInterval(37 * 60), store: store)
        h.start()
        #expect(h.kernel.limit(set: "hq_compute_1m_v4", host: "10.20.0.1") == 300_000, "3x the lower median of 6 and 18 MB, per minute")
    }

    @Test func usageTheKernelLostGoesBackWithTheHostsLearnedLimit() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "10.20.0.1", bytes: 5_000_000)
        h.poll()
        h.kernel.remove(set: Self.set, host: "10.20.0.1")   // a deleted element: its usage is put back
        h.poll()
        #expect(h.kernel.element(Self.set, "10.20.0.1")?.quotaUsed == 5_000_000)
        #expect(h.kernel.limit(set: Self.set, host: "10.20.0.1") == 30_000_000, "not the 1 MB floor")
        #expect(h.kernel.element("blocked_v4", "10.20.0.1") == nil)
    }
}
