import Foundation
import Testing
@testable import SluiceWatch

@Suite struct DeniedTests {
    @Test func deniedAttemptsAlertAtTheThresholdThenOncePerInterval() throws {
        let h = Harness(TestPolicies.gateway)
        h.start()
        for port in 1...4 {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: UInt16(port)))
            h.clock.advance(1)
        }
        #expect(h.writer.lines.isEmpty)
        for port in 5...7 {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.\(port)", port: 443))
            h.clock.advance(1)
        }
        #expect(h.writer.lines == [
            #"{"time":"2026-03-10T12:00:04Z","event":"denied","table":"sluice","host":"10.20.3.4","groups":["compute"],"#
                + #""count":5,"destinations":[{"address":"203.0.113.9","protocol":"tcp","port":1},"#
                + #"{"address":"203.0.113.9","protocol":"tcp","port":2},{"address":"203.0.113.9","protocol":"tcp","port":3},"#
                + #"{"address":"203.0.113.9","protocol":"tcp","port":4},{"address":"203.0.113.5","protocol":"tcp","port":443}]}"#,
        ])
        // Within the minute after the alert: counted, not alerted.
        for _ in 0..<28 {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: 22))
            h.clock.advance(2)
        }
        #expect(h.writer.lines.count == 1, "alerted again within a minute")
        for _ in 0..<2 {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: 22))
            h.clock.advance(2)
        }
        #expect(h.writer.lines.count == 2, "one more alert once a minute had passed since the first")
        #expect(h.writer.lines.last?.contains(#""time":"2026-03-10T12:01:05Z""#) == true)
        #expect(h.engine.metrics().deniedTotals == [DeniedMetric(host: "10.20.3.4", count: 37)])
    }

    @Test func slowAttemptsNeverReachTheThreshold() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        for _ in 0..<20 {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.9", port: 443))
            h.clock.advance(15)
        }
        #expect(h.writer.lines.isEmpty)
    }

    @Test func theThresholdIsConfigurableAndHostsWithoutRulesGoToTheLog() {
        var configuration = WatchConfiguration.sweepingEveryPoll
        configuration.deniedThreshold = 2
        let h = Harness(TestPolicies.gateway, configuration: configuration)
        h.start()
        h.handle(h.denyLog(from: "10.0.0.3", to: "203.0.113.9", port: 443))   // soc: no `on exceed` rule
        h.handle(h.denyLog(from: "10.0.0.3", to: "203.0.113.9", port: 443))
        #expect(h.alerts.map(\.event) == ["denied"])
        #expect(h.alerts.map(\.host) == ["10.0.0.3"])
    }

    @Test("a destination tried again (a SYN retransmitted) is listed once, where it was last tried")
    func destinationsAreDistinct() {
        let h = Harness(TestPolicies.gateway)
        h.start()
        for port: UInt16 in [22, 22, 22, 80, 22] {
            h.handle(h.denyLog(from: "10.20.3.4", to: "203.0.113.77", port: port))
            h.clock.advance(1)
        }
        #expect(h.writer.lines.count == 1)
        #expect(h.writer.lines.first?.contains(#""count":5,"destinations":[{"address":"203.0.113.77","protocol":"tcp","port":80},"#
                                               + #"{"address":"203.0.113.77","protocol":"tcp","port":22}]"#) == true,
                "\(h.writer.lines)")
    }
}
