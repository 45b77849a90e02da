import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore
import Testing
@testable import SluiceOperations

/// `sluice learn` on what a roll-out audit finds: an allow per set of ports however close the
/// destinations, a host that sends most of an allow's or a quota's bytes named, no quota for the
/// management group, and quotas sized on what the proposal admits.
@Suite struct LearnRolloutTests {
    /// Compute reaching web servers, DNS and, from 10.20.1.9 alone, 6 MB to 203.0.113.77 on tcp/8443;
    /// the management host a few KB.
    static func seed(_ f: ReportFixture) throws {
        let hour = ReportFixture.day + 86_400 + 9 * ReportFixture.hour
        func audited(_ host: String, _ destination: String, port: UInt16, transport: UInt8 = 6, bytes: UInt64) -> FlowRollup {
            f.flow(host, destination, hour: hour, port: port, transport: transport, verdict: .wouldDeny, bytes: bytes)
        }
        try f.store.recordFlows([
            audited("10.20.1.1", "203.0.113.20", port: 443, bytes: 1000),
            audited("10.20.1.2", "203.0.113.21", port: 443, bytes: 999_000),
            audited("10.20.1.3", "203.0.113.53", port: 53, transport: 17, bytes: 2000),
            audited("10.20.1.9", "203.0.113.77", port: 8443, bytes: 6_000_000),
            audited("10.20.1.1", "198.51.100.10", port: 443, bytes: 500),
            audited("10.20.1.1", "198.51.100.40", port: 443, bytes: 500),
            audited("10.20.1.2", "198.51.100.33", port: 53, transport: 17, bytes: 300),
            f.flow("10.0.0.2", "198.51.100.9", hour: hour, bytes: 3000),
        ])
    }

    static func statements(_ proposal: LearnProposal) -> [String] {
        proposal.text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.hasPrefix("quota") }
    }

    @Test("an allow per set of ports: a prefix never gives an address a port it was not reached on")
    func portsAreNeverWidened() throws {
        let f = try ReportFixture()
        try Self.seed(f)
        let proposal = try LearnTests.learn(f)
        #expect(Self.statements(proposal) == [
            "destination learned-compute-1 198.51.100.10, 198.51.100.40, 203.0.113.20/31",
            "service learned-compute-1-ports tcp/443", "allow compute to learned-compute-1 on learned-compute-1-ports",
            "destination learned-compute-2 198.51.100.33, 203.0.113.53",
            "service learned-compute-2-ports udp/53", "allow compute to learned-compute-2 on learned-compute-2-ports",
            "destination learned-compute-3 203.0.113.77",
            "service learned-compute-3-ports tcp/8443", "allow compute to learned-compute-3 on learned-compute-3-ports",
        ], "\(proposal.text)")
        let compiled = try LearnTests.enforced(proposal)
        #expect(try LearnTests.allows(compiled, "10.20.1.5", "203.0.113.21", PortSpec(.tcp, ports: 443...443)))
        for (destination, port) in [("203.0.113.77", PortSpec(.tcp, ports: 443...443)), ("203.0.113.100", PortSpec(.tcp, ports: 8443...8443)),
                                    ("203.0.113.77", PortSpec(.tcp, ports: 22...22)), ("203.0.113.20", PortSpec(.udp, ports: 53...53)),
                                    ("203.0.113.53", PortSpec(.tcp, ports: 443...443)), ("198.51.100.33", PortSpec(.tcp, ports: 443...443))] {
            #expect(try !LearnTests.allows(compiled, "10.20.1.1", destination, port), "\(destination) \(port)")
        }
    }

    @Test func evidenceNamesTheHostThatSentMostOfAnAllow() throws {
        let f = try ReportFixture()
        try Self.seed(f)
        let lines = try LearnTests.learn(f).text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("# 1,001,000 bytes from 2 hosts (99.8% by 10.20.1.2), first ") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("# 2,300 bytes from 2 hosts, first ") }, "no host sent 90%: \(lines)")
        #expect(lines.contains { $0.hasPrefix("# 6,000,000 bytes from 1 host (100.0% by 10.20.1.9), first ") }, "\(lines)")
    }

    /// The seed, and a management host's flow in the first hour of the period: 30 days observed.
    static func seedFromTheStart(_ f: ReportFixture) throws {
        try seed(f)
        try f.store.recordFlows([f.flow("10.0.0.2", "198.51.100.9", hour: ReportFixture.day + 86_400, bytes: 10)])
    }

    @Test("a 30-day look-back over less than 30 days of records proposes no 30-day quota")
    func observedFromTheFirstRecord() throws {
        let f = try ReportFixture()
        try Self.seed(f)
        let lines = try LearnTests.learn(f, days: 30).text.split(separator: "\n").map(String.init)
        #expect(lines.contains("# no per-host quota per 30d proposed for compute: the period observed (29d 15h) is shorter than "
                               + "the window; observe at least 30d"), "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("per 30d per host") }, "\(lines)")
    }

    @Test func noQuotaForTheManagementGroup() throws {
        let f = try ReportFixture()
        try Self.seed(f)
        let lines = try LearnTests.learn(f).text.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("quota soc") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("# no quota proposed for soc: it is the management group") }, "\(lines)")
    }

    @Test("the host that sets a quota far above the others is called an outlier")
    func anOutlierIsNamed() throws {
        let f = try ReportFixture()
        try Self.seedFromTheStart(f)
        let lines = try LearnTests.learn(f, days: 30).text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("# highest: 6,000,000 bytes by 10.20.1.9 in the 30d from ") }, "\(lines)")
        #expect(lines.contains("# outlier: 10.20.1.9 used more than 10 times the median highest 30d of the group's 3 other hosts "
                               + "(2,000 bytes); review it before pasting this quota"), "\(lines)")
        #expect(lines.contains("quota compute 18 MB per 30d per host"), "\(lines)")
    }

    @Test("bytes of a flow an expect deny line names do not size the quotas")
    func deniedFlowsDoNotSizeQuotas() throws {
        let f = try ReportFixture()
        try Self.seedFromTheStart(f)
        let (proposal, _) = try LearnTests.learn(f, policy: ReportFixture.policy + "expect deny 10.20.1.9 to 203.0.113.77 on tcp/8443\n",
                                                 days: 30)
        let lines = proposal.text.split(separator: "\n").map(String.init)
        #expect(proposal.uncovered.map(\.host) == ["10.20.1.9"])
        #expect(!proposal.text.contains("10.20.1.9"), "\(proposal.text)")
        #expect(lines.contains { $0.hasPrefix("# highest: 999,300 bytes by 10.20.1.2 in the 30d from ") }, "\(lines)")
        #expect(lines.contains("quota compute 3 MB per 30d per host"), "3 x 999,300 bytes of 10.20.1.2: \(lines)")
        #expect(lines.contains("quota compute 3.1 MB per day total"), "3 x 1,004,300 bytes: \(lines)")
    }
}
