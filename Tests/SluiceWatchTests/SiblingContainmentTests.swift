import Foundation
import SluiceCompiler
import Testing
@testable import SluiceWatch

/// Gateway mode: containment follows a host's link-layer address to its other addresses (tester F:
/// a host blocked on IPv4 sent 500,000 bytes out over IPv6). `SiblingContainmentKernelTests` shows
/// it with real packets.
@Suite struct SiblingContainmentTests {
    static let hostMAC = "02:00:00:00:10:05"

    @Test func aBlockedHostsOtherAddressesAreBlockedUntilTheSameEnd() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([
            ("10.10.1.5", Self.hostMAC, 3), ("fd00:10::5", Self.hostMAC, 3), ("fd00:10::a:5", Self.hostMAC, 3),
            ("fe80::5", Self.hostMAC, 3),            // in no group: left alone
            ("10.0.0.5", Self.hostMAC, 3),           // management: never contained
            ("fd00:10::5:6", Self.hostMAC, 4),       // the same MAC on another link: another host
            ("10.10.1.6", "02:00:00:00:10:06", 3),   // another host on the link
        ])
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))   // block for 1h
        #expect(h.kernel.hosts(in: "blocked_v6").isEmpty)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5"])
        #expect(h.kernel.hosts(in: "blocked_v6") == ["fd00:10::5", "fd00:10::a:5"])
        let records = h.store.allContainments.map(\.record).filter { $0.host.description.hasPrefix("fd00") }
        #expect(records.count == 2 && records.allSatisfy { $0.expires == FakeClock.noon.addingTimeInterval(3_600) })
        #expect(records.allSatisfy { $0.reason.hasPrefix("same link-layer address as 10.10.1.5 (02:00:00:00:10:05 on interface 3)") })
        #expect(h.alerts.map(\.event) == ["contained", "contained", "contained"])
        #expect(h.alerts.map(\.host) == ["10.10.1.5", "fd00:10::5", "fd00:10::a:5"])
        #expect(h.store.incidents.count == 3)
        // Nothing more at the next poll; and the block ends for all at its end.
        h.poll()
        #expect(h.alerts.count == 3)
        h.clock.advance(3_603)
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v6").isEmpty && h.kernel.hosts(in: "blocked_v4").isEmpty)
    }

    @Test func anAddressTheHostTakesLaterIsContainedAtTheNextPoll() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([("10.20.5.7", Self.hostMAC, 2)])
        h.start()
        h.handle(h.quotaLog("hq_compute_1d", from: "10.20.5.7"))   // gpu: isolate for 2h (and compute's block)
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.20.5.7"])
        // The host moves to a free address of its group (the documented way around per-address containment).
        h.clock.advance(60)
        h.kernel.setNeighbours([("10.20.5.7", Self.hostMAC, 2), ("10.20.5.99", Self.hostMAC, 2)])
        h.poll()
        #expect(h.kernel.hosts(in: "isolated_v4") == ["10.20.5.7", "10.20.5.99"])
    }

    /// Tester J: a host that claimed 17 free addresses on its own MAC switched following off, and
    /// sent 200,000 bytes over its IPv6 address while blocked on IPv4. Following fails closed.
    @Test func aLinkAddressThatAnswersForManyAddressesIsFollowedAllTheSame() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3), ("fd00:10::5", Self.hostMAC, 3)]
                               + (1...20).map { ("fd00:99::\($0)", Self.hostMAC, 3) })   // in no group
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v6") == ["fd00:10::5"])
    }

    /// Tester J: `release` of a dual-stack host freed one address, the watcher followed the other
    /// back to it, and the two contained each other again (5,300 alerts in 20 s).
    @Test func aReleasedHostIsNotFollowedBackAndItsFollowersGo() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3), ("fd00:10::5", Self.hostMAC, 3)])
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v6") == ["fd00:10::5"])
        // `sluice release 10.10.1.5` as far as its first step: the store, then the kernel.
        h.clock.advance(30)
        h.store.release("10.10.1.5", at: h.clock.now())
        h.kernel.remove(set: "blocked_v4", host: "10.10.1.5")
        h.poll()
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4").isEmpty, "the host was followed back from its follower")
        #expect(h.kernel.hosts(in: "blocked_v6").isEmpty, "the follower outlived its host's containment")
        #expect(h.alerts.map(\.event) == ["contained", "contained", "released", "released"])
        #expect(h.alerts.last?.line.contains("10.10.1.5 is no longer contained") == true)
    }

    /// Tester J: a host pointed an innocent server's address at a contained host's MAC (two
    /// frames), and the server stayed isolated for the rest of the hour after it answered again.
    @Test func aFollowerIsReleasedWhenItsAddressAnswersFromAnotherLinkAddress() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3), ("10.10.1.77", Self.hostMAC, 3)])   // the claim
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5", "10.10.1.77"])
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3), ("10.10.1.77", "02:00:00:00:10:77", 3)])   // its own host answers
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5"])
        #expect(h.alerts.last?.line.contains("no longer the same link-layer address as 10.10.1.5") == true)
        // The host's own entry gone from the table: nothing can be told, the follower stays.
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3), ("10.10.1.77", Self.hostMAC, 3)])
        h.poll()
        h.kernel.setNeighbours([("10.10.1.77", Self.hostMAC, 3)])
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5", "10.10.1.77"])
    }

    @Test func noNeighbourTableIsReadWithoutAContainedAddressOrInHostMode() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        h.poll()
        #expect(h.kernel.neighbourReads == 0)
        // In host mode the hosts are this machine and its accounts, not the neighbours.
        #expect(!Harness(TestPolicies.host).engine.followsSiblings)
    }
}
