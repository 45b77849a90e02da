import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// Per-user quotas (host mode `users`) in the engine: the NFLOG fast path by socket uid, the poll,
/// durable usage, restart, and a total shared by users.
@Suite struct UserQuotaTests {
    static let day = QuotaWindow(containing: FakeClock.noon, length: 86_400)
    static let policy = """
        policy login {
          mode host
          egress "eth0"
          management admins
        }
        group admins 10.0.0.0/30
        destination mirrors 192.0.2.0/28
        users researchers 1001-1003
        users staff 2001
        allow researchers, staff to mirrors
        quota researchers 1 MB per day per user
        quota researchers 2500 KB per day total
        on exceed researchers {
          block for 24h
          alert log
        }
        """

    static func overQuota(_ quota: String, uid: UInt32?) -> WatchEvent {
        .packet(PacketLog(prefix: "sluice-quota sluice \(quota)", group: 5113, source: FakeKernel.address("10.9.0.1"), uid: uid))
    }

    @Test("NFLOG's uid blocks the one user at once; the other users and the node are untouched")
    func fastPathBlocksTheUser() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "uq_researchers_1d_uid", host: "uid:1001", bytes: 1_000_000)
        h.kernel.charge(set: "uq_researchers_1d_uid", host: "uid:1002", bytes: 300_000)
        let out = h.handle(Self.overQuota("uq_researchers_1d", uid: 1001))
        #expect(!out.pollNow)
        let element = try #require(h.kernel.element("blocked_users", "uid:1001"))
        #expect(element.timeout == 86_400_000)
        #expect(h.kernel.hosts(in: "blocked_users") == ["uid:1001"])
        #expect(h.kernel.hosts(in: "blocked_self").isEmpty)
        let incident = try #require(h.store.incidents.first)
        #expect(incident.host == .user(1001) && incident.groups == ["researchers"] && incident.quotaID == "uq_researchers_1d")
        #expect(h.alerts.map(\.host) == ["uid:1001"] && h.alerts.map(\.event) == ["contained"])
        h.clock.advance(11)   // past the usage flush interval
        h.poll()
        #expect(h.store.usage("uq_researchers_1d", "uid:1002", window: Self.day) == 300_000)
        #expect(h.kernel.hosts(in: "blocked_users") == ["uid:1001"], "a poll adds nobody else")
    }

    @Test("without a uid in the log the poll finds the spent user; a uid outside the sets is ignored")
    func slowPath() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "uq_researchers_1d_uid", host: "uid:1003", bytes: 1_000_000)
        #expect(h.handle(Self.overQuota("uq_researchers_1d", uid: nil)).pollNow)
        #expect(h.handle(Self.overQuota("uq_researchers_1d", uid: 2001)).effects.isEmpty)
        #expect(h.kernel.hosts(in: "blocked_users").isEmpty)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_users") == ["uid:1003"])
    }

    @Test("usage of users survives a reboot: the restarted watcher puts it back into the kernel")
    func usageSurvivesRestart() throws {
        let h = Harness(Self.policy)
        h.start()
        h.kernel.charge(set: "uq_researchers_1d_uid", host: "uid:1002", bytes: 600_000)
        h.clock.advance(11)   // past the usage flush interval
        h.poll()
        #expect(h.store.usage("uq_researchers_1d", "uid:1002", window: Self.day) == 600_000)
        h.kernel.wipe()
        h.restart()
        h.start()
        #expect(h.kernel.consumed(set: "uq_researchers_1d_uid", host: "uid:1002") == 600_000)
        h.kernel.charge(set: "uq_researchers_1d_uid", host: "uid:1002", bytes: 400_000)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_users") == ["uid:1002"], "600 KB before the reboot and 400 KB after spend 1 MB")
    }

    @Test("a total shared by users catches two users who each stay under their own budget")
    func totalCatchesSharedTheft() throws {
        let h = Harness(Self.policy)
        h.start()
        for uid in ["uid:1001", "uid:1002"] {
            h.kernel.charge(set: "tq_researchers_1d_uid", host: uid, bytes: 1_300_000)
        }
        h.kernel.charge(object: "tq_researchers_1d", bytes: 2_600_000)
        _ = h.handle(.quotaDepleted(table: "sluice", name: "tq_researchers_1d"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_users") == ["uid:1001", "uid:1002"])
        #expect(h.kernel.hosts(in: "blocked_users").contains("uid:1003") == false)
    }
}
