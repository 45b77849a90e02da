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

    /// A host that claims others' addresses in the gateway's neighbour table (ARP or neighbour
    /// advertisements for them) must not get them all contained with it; a router answering for
    /// many (proxy ARP) is no one host either.
    @Test func aLinkAddressThatAnswersForManyAddressesIsNoOneHost() throws {
        let h = Harness(TestPolicies.gateway)
        h.kernel.setNeighbours([("10.10.1.5", Self.hostMAC, 3)] + (10...30).map { ("10.10.1.\($0)", Self.hostMAC, 3) })
        h.start()
        h.handle(h.quotaLog("hq_login_1h", from: "10.10.1.5"))
        h.poll()
        #expect(h.kernel.hosts(in: "blocked_v4") == ["10.10.1.5"])
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
