import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore
import Testing
@testable import SluiceOperations

/// `sluice learn` over a real state database: the proposal's statements and evidence, that it
/// admits what was observed and nothing else that was tried once the group enforces, `--policy`,
/// and the flows it cannot cover.
@Suite struct LearnTests {
    /// The proposal for the fixture's two days, or for `days` from their start (a 30-day quota
    /// is proposed only from an observation at least that long).
    static func learn(_ f: ReportFixture, group: String? = nil, policyPath: String? = nil, days: Int? = nil) throws -> LearnProposal {
        let until = days.map { f.period.since.addingTimeInterval(TimeInterval($0 * 86_400)) } ?? f.period.until
        return try f.operations.learn(LearnRequest(since: f.period.since, until: until, group: group, policyPath: policyPath))
    }

    /// The proposal with `text` as the base policy (`--policy`), and that policy's path.
    static func learn(_ f: ReportFixture, policy text: String, days: Int? = nil) throws -> (LearnProposal, String) {
        let directory = f.directory + "-policy"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/current.sluice"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (try learn(f, policyPath: path, days: days), path)
    }

    /// The fixture's flows and one more: 10.20.1.2 to 203.0.113.30 on udp/53.
    static func seedWithDNS(_ f: ReportFixture) throws {
        try f.seed()
        try f.store.recordFlows([f.flow("10.20.1.2", "203.0.113.30", hour: ReportFixture.day + 86_400, port: 53, transport: 17,
                                        verdict: .wouldDeny, bytes: 100)])
    }

    /// The fixture's policy with compute enforcing, and the proposal pasted at its end.
    static func enforced(_ proposal: LearnProposal) throws -> CompiledPolicy {
        let text = ReportFixture.policy.replacingOccurrences(of: "audit compute\n", with: "") + proposal.text
        let build = PolicyBuild.build(path: "p.sluice", fileSystem: InMemoryFileSystem(["p.sluice": text]))
        return try #require(build.compiled, "\(build.renderedDiagnostics)")
    }

    static func allows(_ compiled: CompiledPolicy, _ source: String, _ destination: String, _ port: PortSpec) throws -> Bool {
        let query = FlowQuery(source: .address(try #require(IPAddress(source))), destination: try #require(IPAddress(destination)),
                              ports: [port])
        return FlowEvaluator(compiled).evaluate(query).enforcedSummary == .allow
    }

    @Test func theProposalAdmitsWhatWasSeenAndNothingElseThatWasTried() throws {
        let f = try ReportFixture()
        try f.seed()
        let proposal = try Self.learn(f)
        let lines = proposal.text.split(separator: "\n").map(String.init)
        // One allow per set of ports: 203.0.113.9 was reached on tcp/22 only, .17 on udp/53 only.
        #expect(lines.contains("destination learned-compute-1 203.0.113.9"), "\(proposal.text)")
        #expect(lines.contains("service learned-compute-1-ports tcp/22"))
        #expect(lines.contains("allow compute to learned-compute-1 on learned-compute-1-ports"))
        #expect(lines.contains("destination learned-compute-2 203.0.113.17") && lines.contains("service learned-compute-2-ports udp/53"))
        // First and last hour by their start, as `report` gives them.
        #expect(lines.contains { $0.hasPrefix("# 10,000 bytes from 2 hosts, first 2026-03-11T10:00:00Z, last 2026-03-12T11:00:00Z") }, "\(proposal.text)")
        // compute has a daily per-host quota already; the rest are proposed at 3x the highest use.
        #expect(!lines.contains { $0.hasPrefix("quota compute") && $0.hasSuffix("per day per host") })
        // Observed from the first record (09:00 on the first day) on, not from --since: too short
        // to size a 30-day quota.
        #expect(lines.contains("# no per-host quota per 30d proposed for compute: the period observed (1d 15h) is shorter than "
                               + "the window; observe at least 30d"), "\(proposal.text)")
        #expect(!lines.contains { $0.hasSuffix("per 30d per host") })
        #expect(lines.contains("quota compute 3.7 MB per day total"), "3 x 1,203,200 bytes on day 2")
        #expect(lines.contains("quota login 150 KB per day per host"))
        #expect(lines.contains { $0.hasPrefix("# highest: 50,000 bytes by 10.10.1.5 in the day from 2026-03-11T12:00:00Z, times 3") })
        #expect(proposal.alreadyAdmitted == 2 && proposal.admitted == 3 && proposal.uncovered.isEmpty)
        #expect(proposal.warnings.isEmpty, "\(proposal.warnings)")

        let compiled = try Self.enforced(proposal)
        #expect(try Self.allows(compiled, "10.20.1.2", "203.0.113.17", PortSpec(.udp, ports: 53...53)))
        #expect(try Self.allows(compiled, "10.20.1.1", "203.0.113.9", PortSpec(.tcp, ports: 22...22)))
        #expect(try !Self.allows(compiled, "10.20.1.1", "203.0.113.9", PortSpec(.tcp, ports: 23...23)))
        #expect(try !Self.allows(compiled, "10.20.1.1", "203.0.113.10", PortSpec(.tcp, ports: 22...22)), "only what was reached")
        #expect(try !Self.allows(compiled, "10.20.1.1", "203.0.113.9", PortSpec(.udp, ports: 53...53)), "reached on tcp/22 only")
        #expect(try !Self.allows(compiled, "10.10.1.5", "198.51.100.7", PortSpec(.tcp, ports: 25...25)), "denied, not learned")
        #expect(try !Self.allows(compiled, "10.10.1.5", "203.0.113.9", PortSpec(.tcp, ports: 22...22)), "learned for compute only")
    }

    @Test func withAPolicyOnlyWhatItLacks() throws {
        let f = try ReportFixture()
        try f.seed()
        let current = ReportFixture.policy + """
            allow compute to 203.0.113.9 on tcp/22
            quota login 1 MB per day per host
            quota login 10 MB per 30d per host
            quota login 5 MB per day total
            quota compute 10 MB per 30d per host
            quota compute 5 MB per day total

            """
        let (proposal, path) = try Self.learn(f, policy: current)
        #expect(proposal.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
                == ["destination learned-compute-1 203.0.113.17", "service learned-compute-1-ports udp/53",
                    "allow compute to learned-compute-1 on learned-compute-1-ports"], "\(proposal.text)")
        #expect(proposal.base == path && proposal.alreadyAdmitted == 4 && proposal.admitted == 1)
    }

    @Test func theBasePolicysExpectDenyLinesStayTrue() throws {
        let f = try ReportFixture()
        try Self.seedWithDNS(f)
        // Seen from two compute hosts, but the site says SSH to 203.0.113.9 stays denied; and no
        // compute host may reach 203.0.113.20 at all, which a /27 around .17 and .30 would admit.
        let (proposal, path) = try Self.learn(f, policy: ReportFixture.policy + """
            expect deny 10.20.1.1 to 203.0.113.9 on tcp/22
            expect deny 10.20.5.5 to 203.0.113.20

            """)
        #expect(proposal.text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("quota") }
                == ["destination learned-compute-1 203.0.113.17, 203.0.113.30", "service learned-compute-1-ports udp/53",
                    "allow compute to learned-compute-1 on learned-compute-1-ports"], "\(proposal.text)")
        #expect(proposal.uncovered.map { "\($0.host) \($0.destination) \($0.service) \($0.reason)" }.sorted() == [
            "10.20.1.1 203.0.113.9 tcp/22 current.sluice:20: an expect line of the policy denies it",
            "10.20.1.2 203.0.113.9 tcp/22 current.sluice:20: an expect line of the policy denies it",
        ].map { $0.replacingOccurrences(of: "current.sluice", with: path) })
    }

    @Test("a destination reached when it was outside, inside the site now, is listed, and no prefix overlaps the inside")
    func insideDestinationsAreNotProposed() throws {
        let f = try ReportFixture()
        try Self.seedWithDNS(f)
        // 203.0.113.17 (reached on udp/53) is the site's own now; a /27 around .17 and .30 would overlap it.
        let (proposal, _) = try Self.learn(f, policy: ReportFixture.policy.replacingOccurrences(
            of: "  log denied 10/minute\n", with: "  log denied 10/minute\n  inside 10.0.0.0/8, 203.0.113.16/30\n"))
        #expect(proposal.text.split(separator: "\n").contains { $0.hasPrefix("destination ") && $0.hasSuffix(" 203.0.113.30") },
                "\(proposal.text)")
        #expect(!proposal.text.contains("203.0.113.17") && !proposal.text.contains("/27"), "\(proposal.text)")
        #expect(proposal.uncovered.contains {
            $0.destination == "203.0.113.17" && $0.reason.hasPrefix("the destination is inside the site")
        }, "\(proposal.uncovered)")
    }

    @Test func whatCannotBeWrittenIsListedWithTheReason() throws {
        let f = try ReportFixture()
        let hour = ReportFixture.day + 86_400
        try f.store.recordFlows([
            f.flow("10.20.1.3", "203.0.113.50", hour: hour, port: 0, transport: 47, verdict: .wouldDeny, bytes: 900),
            f.flow("10.99.0.1", "203.0.113.50", hour: hour, verdict: .wouldDeny, bytes: 100),
        ])
        let proposal = try Self.learn(f)
        #expect(proposal.uncovered.map { "\($0.host) \($0.service) \($0.reason)" } == [
            "10.20.1.3 proto 47 protocol 47 cannot be written in a policy (tcp, udp, icmp, icmpv6)",
            "10.99.0.1 tcp/443 the host is in no group of the policy",
        ])
        #expect(!proposal.text.contains("destination"), "nothing to allow: \(proposal.text)")
    }

    @Test func refusals() throws {
        let f = try ReportFixture()
        #expect(throws: OperationError.self) { try Self.learn(f, group: "nosuch") }
        #expect(throws: OperationError.self) { try Self.learn(f, policyPath: f.directory + "/missing.sluice") }
        #expect(throws: OperationError.self) {
            try f.operations.learn(LearnRequest(since: f.period.since, until: f.period.until, headroom: 0.5))
        }
    }

    @Test func prefixesAreNeverWiderThanTheLimitAndSizesRoundUp() throws {
        func ip(_ text: String) -> IPAddress { IPAddress(text)! }
        #expect(PrefixAggregator.aggregate([ip("192.0.2.1"), ip("192.0.2.200"), ip("198.51.100.7")], maxPrefix4: 24, maxPrefix6: 48)
                .map(\.description) == ["192.0.2.0/24", "198.51.100.7"])
        #expect(PrefixAggregator.aggregate([ip("192.0.2.1"), ip("192.0.3.1")], maxPrefix4: 24, maxPrefix6: 48).count == 2)
        #expect(PrefixAggregator.aggregate([ip("2001:db8::1"), ip("2001:db8:0:1::1")], maxPrefix4: 24, maxPrefix6: 48)
                .map(\.description) == ["2001:db8::/63"])
        #expect(LearnedSize.text(4_821_000) == "4.9 MB" && LearnedSize.text(150_000) == "150 KB")
        #expect(LearnedSize.text(12_345_678_901) == "13 GB" && LearnedSize.text(999) == "999 B" && LearnedSize.text(0) == "1 B")
        #expect(LearnedSize.text(123_400_000) == "130 MB")
        #expect(LearnedSize.exact(1_607_000) == "1,607,000 bytes" && LearnedSize.exact(999) == "999 bytes")
    }
}
