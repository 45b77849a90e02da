import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// The cross-group alert with real packets: a group's lookup admits an address, and another
    /// group that reaches it by a written prefix connects to it.
    @Suite("Cross-group addresses", .timeLimit(.minutes(2)))
    struct CrossGroup {
        static let lab = "10.70.0.10", transfer = "10.70.0.20"
        static let partner = "203.0.113.7", unlearned = "203.0.113.8"

        @Test("lab's allowed connection to the address transfer's name admitted raises cross-group within a flow read; one to an unlearned address, and transfer's own, raise none")
        func alert() throws {
            let lab = try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                                   try LabHostSpec(name: "lab", parsing: [Self.lab]),
                                                   try LabHostSpec(name: "xfer", parsing: [Self.transfer])],
                                           outside: ["192.0.2.53", Self.partner, Self.unlearned])
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-crossgroup.sluice"))
            let outside = try lab.namespace(of: try LabAddress(parsing: Self.partner))
            let labHost = try lab.namespace(of: try LabAddress(parsing: Self.lab))
            let transferHost = try lab.namespace(of: try LabAddress(parsing: Self.transfer))
            _ = try DNSLabServer.start(lab.lab, in: outside, servers: ["192.0.2.53"], targets: [Self.partner, Self.unlearned],
                                       zone: ["xfer.partner.example": .init(ttl: 60, a: [Self.partner])])
            let watcher = try lab.startWatcher(["--flow-read", "1s"])
            func lookUp() throws -> String? {
                try DNSLabServer.lookUpAndConnect(lab.lab, in: transferHost, server: "192.0.2.53", name: "xfer.partner.example",
                                                  ipv6: false)
            }
            // Until the server runs, the lookup finds nobody.
            let answered = Eventually.wait(seconds: 5) { (try? lookUp()) == "connected \(Self.partner)" }
            #expect(answered != nil, "transfer's lookup did not admit \(Self.partner)")
            #expect(try DNSLabServer.connect(lab.lab, in: labHost, address: Self.unlearned) == "connected \(Self.unlearned)")
            #expect(try DNSLabServer.connect(lab.lab, in: labHost, address: Self.partner) == "connected \(Self.partner)")
            let started = ContinuousClock.now
            let alert = watcher.waitForAlert(seconds: 5) { $0.event == "cross-group" }
            let alertText = alert.map { "\($0)" } ?? "none"
            #expect(alert?.host == Self.lab && alert?.groups == ["lab"] && alert?.address == Self.partner, "\(alertText)")
            #expect(alert?.learnedFor?.map(\.destination) == ["partner"], "\(alertText)")
            #expect(alert?.learnedFor?.first?.names == ["xfer.partner.example"], "\(alertText)")
            #expect(alert?.learnedFor?.first?.groups == ["transfer"], "\(alertText)")
            // Within the flow read (1 s) and the name thread's turn, with room for a busy machine.
            #expect(ContinuousClock.now - started < .seconds(4))
            // Another read or two: nothing more (the unlearned address, transfer's own connection,
            // and the same pair again within the hour).
            Thread.sleep(forTimeInterval: 1.5)
            let crossGroup = watcher.alerts().alerts.filter { $0.event == "cross-group" }
            #expect(crossGroup.count == 1, "\(crossGroup)")
        }
    }
}
