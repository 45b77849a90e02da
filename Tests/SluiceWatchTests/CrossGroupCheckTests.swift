import Foundation
import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// The cross-group alert: an allowed connection to an address learned only for names of
/// destinations none of the host's groups is allowed to, from the learned elements and the
/// compiled policy's `NameBinding.groups`; rate-limited per (groups, address) and per minute.
@Suite struct CrossGroupCheckTests {
    static let policy = """
        policy t {
          egress "wan0"
          management soc
          dns 192.0.2.53
          dns ttl at least 30s
        }
        group lab      10.30.0.0/16
        group transfer 10.40.0.0/16
        group soc      10.0.0.0/28
        destination partner "xfer.partner.example", "*.partner.example"
        destination bucket  "bucket.cloud.example"
        allow lab to 198.51.100.0/24 on tcp/443
        allow lab to bucket on tcp/443
        allow transfer to partner on tcp/443
        allow soc to any

        """
    static let binding = TestPolicies.compile(policy).dns!
    static let now: UInt64 = 1_780_000_000_000
    static let labHost = AcceptedFlow(host: .address(IPAddress("10.30.0.5")!), groups: ["lab"],
                                      destination: IPAddress("198.51.100.1")!, sinks: [.exec(path: "/usr/local/bin/page")])

    /// A watch that learned each `name` → 198.51.100.`last` (TTL 30 s: the element expires 35 s later).
    static func watch(learning answers: [(String, UInt8)], ttl: UInt32 = 30) throws -> NameWatch {
        var watch = NameWatch(kernel: FakeNameKernel())
        try watch.follow(binding, now: now)
        for (name, last) in answers { answer(&watch, name, last, ttl: ttl, now: now) }
        return watch
    }

    static func answer(_ watch: inout NameWatch, _ name: String, _ last: UInt8, ttl: UInt32 = 30, now: UInt64) {
        watch.handle(id: UInt32(last), packet: packet(name, last, ttl: ttl), now: now, received: .now)
    }

    /// A held answer from the policy's server giving `name` → 198.51.100.`last`.
    static func packet(_ name: String, _ last: UInt8, ttl: UInt32) -> [UInt8] {
        var m = DNSMessageBuilder(question: name)
        m.a(name, [198, 51, 100, last], ttl: ttl)
        var packet = HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes))
        packet.replaceSubrange(12..<16, with: [192, 0, 2, 53])
        return packet
    }

    /// The Prometheus samples of the figures, one `name value` line each (labels left out).
    static func samples(_ figures: NameFigures) -> [String] {
        var lines: [String] = []
        figures.families(family: { _, _, _ in }, sample: { name, labels, value in
            if labels.isEmpty { lines.append("\(name) \(value)") }
        })
        return lines
    }

    static func flow(_ host: String, _ groups: [String], to last: UInt8) -> AcceptedFlow {
        AcceptedFlow(host: .address(IPAddress(host)!), groups: groups, destination: IPAddress("198.51.100.\(last)")!)
    }

    @Test("another group's name-only address: one alert with the host, its groups, the address, the names and their groups")
    func raised() throws {
        var watch = try Self.watch(learning: [("xfer.partner.example", 1)])
        let alerts = watch.noteAccepted([Self.labHost], now: Self.now + 1_000)
        #expect(alerts.count == 1)
        #expect(alerts.first?.learnedFor == [LearnedDestination(destination: "partner", names: ["xfer.partner.example"],
                                                                 groups: ["transfer"])])
        let effect = try #require(alerts.first?.effect(table: "sluice", at: Date(timeIntervalSince1970: 1_780_000_001)))
        guard case .alert(let event, let sinks) = effect else {
            Issue.record("not an alert: \(effect)")
            return
        }
        #expect(sinks == [.exec(path: "/usr/local/bin/page")])
        #expect(event.json == """
            {"time":"2026-05-28T20:26:41Z","event":"cross-group","table":"sluice","host":"10.30.0.5","groups":["lab"],\
            "address":"198.51.100.1","learned_for":[{"destination":"partner","names":["xfer.partner.example"],\
            "groups":["transfer"]}],"suppressed":0}
            """)
        let figures = try #require(watch.figures(now: Self.now + 1_000))
        #expect(figures.crossGroup == 1 && figures.crossGroupAlerts == 1 && figures.crossGroupSuppressed == 0)
        #expect(Self.samples(figures).contains("sluice_names_cross_group_total 1"))
        #expect(Self.samples(figures).contains("sluice_names_cross_group_alerts_total 1"))
    }

    @Test("no alert when a name the address is learned for belongs to a destination the group may reach, nor for the owner group")
    func ownDestination() throws {
        var watch = try Self.watch(learning: [("xfer.partner.example", 1), ("bucket.cloud.example", 1)])
        #expect(watch.noteAccepted([Self.labHost], now: Self.now + 1_000).isEmpty)
        var partnerOnly = try Self.watch(learning: [("xfer.partner.example", 1)])
        #expect(partnerOnly.noteAccepted([Self.flow("10.40.0.9", ["transfer"], to: 1)], now: Self.now + 1_000).isEmpty)
        // A host in both groups may reach the partner through one of them.
        #expect(partnerOnly.noteAccepted([Self.flow("10.30.0.6", ["lab", "transfer"], to: 1)], now: Self.now + 1_000).isEmpty)
        #expect(partnerOnly.figures(now: Self.now)?.crossGroup == 0)
    }

    @Test("no alert for an address not learned, nor once its learned element expired")
    func unlearnedAndExpired() throws {
        var watch = try Self.watch(learning: [("xfer.partner.example", 1)])
        #expect(watch.noteAccepted([Self.flow("10.30.0.5", ["lab"], to: 2)], now: Self.now + 1_000).isEmpty)
        // TTL 30 s + 5 s grace: gone at 35 s.
        #expect(watch.noteAccepted([Self.labHost], now: Self.now + 35_000).isEmpty)
        #expect(watch.figures(now: Self.now)?.crossGroup == 0)
    }

    @Test("once per (groups, address) per hour: the same group again (another host too) is counted, not alerted")
    func oncePerHour() throws {
        var watch = try Self.watch(learning: [("xfer.partner.example", 1)])
        #expect(watch.noteAccepted([Self.labHost], now: Self.now).count == 1)
        #expect(watch.noteAccepted([Self.labHost, Self.flow("10.30.9.9", ["lab"], to: 1)], now: Self.now + 2_000).isEmpty)
        // Another group set is another alert.
        #expect(watch.noteAccepted([Self.flow("10.0.0.2", ["soc"], to: 1)], now: Self.now + 2_000).count == 1)
        #expect(watch.figures(now: Self.now)?.crossGroup == 4)
        #expect(watch.figures(now: Self.now)?.crossGroupAlerts == 2)
        // An hour later (the name answered again), the same pair alerts again.
        let hour = CrossGroupCheck.repeatAfter
        Self.answer(&watch, "xfer.partner.example", 1, now: Self.now + hour - 1_000)
        #expect(watch.noteAccepted([Self.labHost], now: Self.now + hour - 1).isEmpty)
        #expect(watch.noteAccepted([Self.labHost], now: Self.now + hour).count == 1)
    }

    @Test("at most `perMinute` alerts a minute; the next one that goes out counts those held back")
    func perMinuteCap() throws {
        let answers = (1...12).map { ("n\($0).partner.example", UInt8($0)) }
        var watch = try Self.watch(learning: answers, ttl: 300)
        let flows = (1...12).map { Self.flow("10.30.0.5", ["lab"], to: UInt8($0)) }
        #expect(watch.noteAccepted(flows, now: Self.now).count == CrossGroupCheck.perMinute)
        #expect(watch.noteAccepted(Array(flows.suffix(2)), now: Self.now + 10_000).isEmpty, "still capped")
        let next = watch.noteAccepted([flows[11]], now: Self.now + 60_000)
        #expect(next.map(\.suppressed) == [4], "two held back, twice")
        let figures = try #require(watch.figures(now: Self.now))
        #expect(figures.crossGroupAlerts == 11 && figures.crossGroupSuppressed == 4 && figures.crossGroup == 15)
    }

    @Test("connections dropped before the check are counted; nothing is checked while no name is followed")
    func uncheckedAndUnbound() throws {
        var watch = try Self.watch(learning: [("xfer.partner.example", 1)])
        _ = watch.noteAccepted([], unchecked: 7, now: Self.now)
        #expect(watch.figures(now: Self.now)?.crossGroupUnchecked == 7)
        var idle = NameWatch(kernel: FakeNameKernel())
        #expect(idle.noteAccepted([Self.labHost], now: Self.now).isEmpty)
    }
}
