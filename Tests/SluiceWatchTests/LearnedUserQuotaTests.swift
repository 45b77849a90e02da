import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// Learned quotas per user (host mode `users`, `Nx usual ... per user`): the same machinery as per
/// host, keyed by uid. At every window start each account's limit is computed from its hourly
/// history and written into its element of the uid-keyed set; the kernel stops it there.
@Suite struct LearnedUserQuotaTests {
    /// `UserQuotaTests`' login node, its per-user budget learned.
    static let policy = UserQuotaTests.policy.replacingOccurrences(
        of: "quota researchers 1 MB per day per user", with: "quota researchers 3x usual at least 1 MB per 1h per user")
    static let set = "uq_researchers_1h_uid"
    static let noon = Int64(FakeClock.noon.timeIntervalSince1970)
    static let hour: Int64 = 3_600

    /// 14 days before noon: uid 1001 sends 2 MB an hour, uid 1002 100 kB an hour, uid 1003 three
    /// days of 1 MB an hour (warming up).
    static func history() -> [HourlyUsage] {
        var out: [HourlyUsage] = []
        for t in stride(from: noon - 14 * 86_400, to: noon, by: Int(hour)) {
            out.append(HourlyUsage(host: .user(1001), hourStart: t, bytes: 2_000_000))
            out.append(HourlyUsage(host: .user(1002), hourStart: t, bytes: 100_000))
            if t >= noon - 3 * 86_400 { out.append(HourlyUsage(host: .user(1003), hourStart: t, bytes: 1_000_000)) }
        }
        return out
    }

    static func harness(history: [HourlyUsage] = history()) -> Harness {
        let store = MemoryStore()
        store.seedHours(history)
        return Harness(policy, store: store)
    }

    @Test("at the window start every account gets its own learned limit; warming up uses the set's usual")
    func limitsPerUser() throws {
        let h = Self.harness()
        h.start()
        #expect(h.kernel.limit(set: Self.set, host: "uid:1001") == 6_000_000, "3x its usual 2 MB")
        #expect(h.kernel.limit(set: Self.set, host: "uid:1002") == 1_000_000, "3x 100 kB is under the floor")
        // The median usual of the warmed-up accounts (2 MB and 100 kB), times 3.
        #expect(h.kernel.limit(set: Self.set, host: "uid:1003") == 3_150_000)
        let recorded = try #require(h.store.baselineLimits["uq_researchers_1h"])
        #expect(recorded.baselines.first { $0.host == .user(1003) }?.warmingUp == true)
    }

    @Test("an account is stopped at its learned limit, not the floor, and its usage becomes history")
    func stoppedAtItsLimit() throws {
        let h = Self.harness()
        h.start()
        h.kernel.charge(set: Self.set, host: "uid:1001", bytes: 4_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_users", "uid:1001") == nil, "4 MB is over the floor but under 3x usual")
        h.kernel.charge(set: Self.set, host: "uid:1001", bytes: 2_000_000)
        h.poll()
        #expect(h.kernel.element("blocked_users", "uid:1001") != nil)
        #expect(h.store.incidents.first?.budget == 6_000_000)
        h.run(h.engine.flushAll(at: h.clock.now()))
        #expect(h.store.hours[.user(1001)]?[Self.noon] == 6_000_000)
    }
}
