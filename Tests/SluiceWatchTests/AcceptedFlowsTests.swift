import Foundation
import Logging
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Testing
@testable import SluiceWatch

/// What flow accounting hands the name thread for the cross-group check: allowed connections only,
/// each host and address once per read, with the groups that may have admitted them and the host's
/// alert sinks; nothing without names; and the whole path through a running service.
@Suite struct AcceptedFlowsTests {
    static let compiled = TestPolicies.compile(CrossGroupCheckTests.policy + """
        audit soc
        on exceed lab {
          alert exec "/usr/local/bin/page"
        }

        """)
    static let wouldDeny: UInt32 = 1 << 30

    @Test("allowed connections only, each host and address once per read, with their groups and sinks")
    func allowedOnceWithGroups() {
        let accountant = FlowAccountant(compiled: Self.compiled, table: "sluice")
        accountant.absorb([FlowAccountingTests.connection("10.30.0.5", "198.51.100.1", bytes: 100),
                           FlowAccountingTests.connection("10.30.0.5", "198.51.100.1", port: 8443, bytes: 100),
                           FlowAccountingTests.connection("10.40.0.5", "198.51.100.1", bytes: 100),
                           FlowAccountingTests.connection("10.0.0.2", "203.0.113.9", bytes: 100, mark: Self.wouldDeny)],
                          ended: false, at: FakeClock.noon)
        let taken = accountant.takeAccepted()
        #expect(taken.dropped == 0)
        #expect(Set(taken.flows) == [
            AcceptedFlow(host: .address(FakeKernel.address("10.30.0.5")), groups: ["lab"], destination: FakeKernel.address("198.51.100.1"),
                         sinks: [.exec(path: "/usr/local/bin/page")]),
            AcceptedFlow(host: .address(FakeKernel.address("10.40.0.5")), groups: ["transfer"],
                         destination: FakeKernel.address("198.51.100.1")),
        ])
        #expect(accountant.takeAccepted().flows.isEmpty, "a take starts over")
    }

    @Test("past the bound, pairs are dropped and counted; a policy without names collects nothing")
    func boundAndNoNames() {
        var flows = AcceptedFlows()
        for i in 0..<(AcceptedFlows.limit + 3) {
            flows.note(.address(FakeKernel.address("10.30.\(i / 250).\(i % 250)")), FakeKernel.address("198.51.100.1"))
        }
        let taken = flows.take(Self.compiled)
        #expect(taken.flows.count == AcceptedFlows.limit && taken.dropped == 3)
        let plain = FlowAccountant(compiled: TestPolicies.compile(TestPolicies.audited), table: "sluice")
        plain.absorb([FlowAccountingTests.connection("10.10.1.1", "192.0.2.10", bytes: 100)], ended: true, at: FakeClock.noon)
        #expect(plain.takeAccepted().flows.isEmpty)
    }

    @Test("host mode: this machine's connections may be any account's, so `self` and every users set count")
    func hostModeGroups() {
        let compiled = TestPolicies.compile("""
            policy node {
              mode host
              egress "eth0"
              management admins
              dns 192.0.2.53
            }
            group admins 10.0.0.0/30
            users researchers 1001-1003
            destination bucket "bucket.example"
            allow researchers to bucket on tcp/443

            """)
        #expect(AcceptedFlows.groups(of: .machine, in: compiled) == ["self", "researchers"])
        #expect(AcceptedFlows.groups(of: .address(FakeKernel.address("10.0.0.1")), in: compiled) == ["self", "admins", "researchers"])
        #expect(compiled.dns?.destinations.first?.isReachable(byAnyOf: AcceptedFlows.groups(of: .machine, in: compiled)) == true)
    }

    @Test("through a running service: an allowed connection to another group's learned address alerts once; an unlearned one never")
    func service() async throws {
        // No `on exceed` for lab: its alerts go to `log`, which the writer records.
        let compiled = TestPolicies.compile(CrossGroupCheckTests.policy)
        let store = MemoryStore()
        store.publish(compiled, version: 1)
        let source = FakeConnectionSource()
        var configuration = WatchConfiguration.sweepingEveryPoll
        configuration.pollInterval = .milliseconds(50)
        configuration.flowReadInterval = .milliseconds(100)
        let clock = FakeClock(FakeClock.noon)
        let names = FakeNameKernel()
        let writer = RecordingWriter()
        let service = WatchService(configuration: configuration, kernel: FakeKernel(compiled, clock: clock), events: QueuedEvents(),
                                   flows: source, store: store, clock: clock, alertWriter: writer, handleHangup: false,
                                   names: names, logger: Logger(label: "test.crossgroup"))
        let task = DedicatedThreadExecutor.task(named: "test.service") { try await service.run() }
        defer { task.cancel() }
        #expect(await ServiceTests.eventually { names.journal.contains { $0.hasPrefix("bind") } })
        names.hold(1, CrossGroupCheckTests.packet("xfer.partner.example", 1, ttl: 300))
        #expect(await ServiceTests.eventually { !names.added.isEmpty })
        source.count(1, from: "10.30.0.5", to: "198.51.100.1", bytes: 100)
        source.count(2, from: "10.30.0.5", to: "198.51.100.2", bytes: 100)
        #expect(await ServiceTests.eventually { writer.lines.contains { $0.contains("cross-group") } })
        // More reads of the same connections: deduplicated by the rate limit, and the unlearned address never alerts.
        source.count(1, from: "10.30.0.5", to: "198.51.100.1", bytes: 100)
        try await Task.sleep(for: .milliseconds(400))
        let alerts = writer.lines.filter { $0.contains("cross-group") }
        #expect(alerts.count == 1 && alerts.first?.contains(#""address":"198.51.100.1""#) == true, "\(alerts)")
        #expect(service.metrics()?.names?.crossGroup == 2)
    }
}
