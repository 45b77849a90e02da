import Foundation
import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// `sluice apply` itself, not `nft -f`, loads a lab policy into the gateway of a lab, and every
/// expect line then holds for real TCP, UDP and ICMP packets, IPv4 and IPv6.
@Suite("Apply: a policy applied by the CLI holds in the kernel", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyLabKernelTests {
    @Test("sluice apply lab-gateway.sluice: every expect line holds with real packets, both families; the table lists as nft -f makes it")
    func applyHolds() throws {
        let applyLab = try ApplyLab.start(["lab-gateway.sluice"])
        defer { applyLab.destroy() }
        let path = applyLab.fixture("lab-gateway.sluice")
        let build = try PolicyLab.compile(path)
        let compiled = try #require(build.compiled)

        let applied = try applyLab.sluice(["apply", path, "-m", "lab"])
        #expect(applied.status == 0, "sluice apply: \(applied.standardError)")
        #expect(applied.standardOutput.contains("applied version 1 to table inet sluice"), "\(applied.standardOutput)")
        #expect(try applyLab.diffStatus("lab-gateway.sluice") == 0, "the live table differs from the policy just applied")

        // What the netlink backend made is what nft makes of `sluice compile`: the same listing,
        // loaded into a namespace of the lab that no probe passes through.
        let reference = applyLab.lab.outside
        try applyLab.lab.run(in: reference, ["nft", "-f", "-"], input: NFTRenderer.render(compiled.ruleset))
        let expected = try applyLab.lab.run(in: reference, ["nft", "list", "table", "inet", "sluice"]).standardOutput
        try applyLab.lab.run(in: reference, ["nft", "delete", "table", "inet", "sluice"])
        #expect(expected.contains("chain egress"), "\(expected)")
        // Sluice's table also carries its mark, which nft shows as a comment.
        let listed = try applyLab.listing()?.replacingOccurrences(of: "\tcomment \"managed by sluice\"\n", with: "")
        #expect(listed == expected, "the table sluice apply made lists differently from nft -f of the same ruleset")

        let policyLab = PolicyLab(path: path, build: build, compiled: compiled, policy: try #require(build.policy), lab: applyLab.lab, router: applyLab.router)
        let replay = try ExpectationReplay.run(policyLab)
        replay.checkAgreement()
        for family in AddressFamily.allCases {
            for traffic in ["tcp", "udp"] {
                for verdict in [Verdict.allow, .deny] {
                    #expect(replay.probes.contains {
                        $0.destination.family == family && $0.traffic.description.hasPrefix(traffic) && replay.kernel($0) == verdict
                    }, "no \(traffic) probe over \(family) that the kernel gave \(verdict)")
                }
            }
        }
    }

    /// `nft add table inet sluice { flags dormant; }` unhooks every chain of the table: the
    /// firewall passes everything. Sluice must not call that table its policy: `diff` has to see
    /// the difference, and `apply` has to leave the policy enforced.
    @Test("a table made dormant by hand: diff reports it and apply enforces the policy again")
    func dormantTable() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        let client = try LabAddress(parsing: "10.70.1.5"), partner = try LabAddress(parsing: "198.51.100.70")
        func partnerReachable() throws -> Bool {
            try applyLab.lab.canConnect(from: client, to: partner, port: 8080, proto: .tcp, timeout: .milliseconds(700))
        }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        #expect(try !partnerReachable(), "apply-v1.sluice denies the partner")
        try applyLab.nft(["add", "table", "inet", "sluice", "{ flags dormant; }"])
        #expect(try partnerReachable(), "a dormant table still filters; this test no longer tests anything")

        let diff = try applyLab.sluice(["diff", applyLab.fixture("apply-v1.sluice")])
        #expect(diff.status == 1, "sluice diff calls a dormant table (which enforces nothing) equal to the policy: \(diff.standardOutput)")
        let applied = try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")])
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(try !partnerReachable(), "after sluice apply (\(applied.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))) the table is still dormant and the partner gets through")
    }
}
