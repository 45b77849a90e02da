import Foundation
import SluiceLab
import Testing

/// `sluice diff`, like diff(1): exit 0 when equal, 1 when different, against the live table or
/// between two policies, in text and JSON.
@Suite("Apply: diff exit codes", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyDiffKernelTests {
    @Test("diff POLICY against the live table, diff OLD NEW, --json; usage and containment are no differences")
    func exitCodes() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        let v1 = applyLab.fixture("apply-v1.sluice"), v2 = applyLab.fixture("apply-v2.sluice")

        // No table yet: everything is a difference.
        let before = try applyLab.sluice(["diff", v1])
        #expect(before.status == 1 && before.standardOutput.contains("+ chain egress"), "\(before.standardOutput) \(before.standardError)")

        #expect(try applyLab.sluice(["apply", v1]).status == 0)
        let same = try applyLab.sluice(["diff", v1])
        #expect(same.status == 0 && same.standardOutput == "no differences\n", "\(same.standardOutput) \(same.standardError)")

        // Runtime state is not a difference: a blocked host, counted packets.
        try applyLab.nft(["add", "element", "inet", "sluice", "blocked_v4", "{ 10.70.1.9 timeout 1h }"])
        let client = try LabAddress(parsing: "10.70.1.5")
        _ = try applyLab.lab.canConnect(from: client, to: try LabAddress(parsing: "198.51.100.70"), port: 8080, proto: .tcp,
                                        timeout: .milliseconds(300))
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0, "a blocked element or a counted packet shows as a difference")

        let changed = try applyLab.sluice(["diff", v2])
        #expect(changed.status == 1, "diff of a changed policy: exit \(changed.status) \(changed.standardError)")
        for needle in ["+ set d_partner_v4", "+ 198.51.100.70", "+ set d_partner_v6", "+ 2001:db8:71::70", "~ chain egress", "@d_partner_v4"] {
            #expect(changed.standardOutput.contains(needle), "diff does not name \(needle): \(changed.standardOutput)")
        }
        #expect(!changed.standardOutput.contains("blocked_v4"), "diff shows the runtime containment element: \(changed.standardOutput)")

        let live = try Self.json(try applyLab.sluice(["diff", v2, "--json"]))
        #expect(live.status == 1 && live.equal == false)
        #expect(live.names.contains("d_partner_v4") && live.names.contains("egress"), "\(live.names)")
        let liveSame = try Self.json(try applyLab.sluice(["diff", v1, "--json"]))
        #expect(liveSame.status == 0 && liveSame.equal == true && liveSame.names.isEmpty)

        // Two policies, no kernel involved.
        let pair = try applyLab.sluice(["diff", v1, v2])
        #expect(pair.status == 1 && pair.standardOutput.contains("+ set d_partner_v4"), "\(pair.standardOutput) \(pair.standardError)")
        let reverse = try applyLab.sluice(["diff", v2, v1])
        #expect(reverse.status == 1 && reverse.standardOutput.contains("- set d_partner_v4"), "\(reverse.standardOutput)")
        let identical = try applyLab.sluice(["diff", v1, v1])
        #expect(identical.status == 0 && identical.standardOutput == "no differences\n", "\(identical.standardOutput)")
        let pairJSON = try Self.json(try applyLab.sluice(["diff", v1, v2, "--json"]))
        #expect(pairJSON.status == 1 && pairJSON.equal == false)
        let identicalJSON = try Self.json(try applyLab.sluice(["diff", v1, v1, "--json"]))
        #expect(identicalJSON.status == 0 && identicalJSON.equal == true)

        // A policy with an error is refused, not compared: exit 2, as diff(1) says trouble (1 is "different").
        let bad = try applyLab.sluice(["diff", applyLab.fixture("apply-bad.sluice")])
        #expect(bad.status == 2 && bad.standardError.contains("error: undefined name 'nowhere'") && bad.standardOutput.isEmpty
                    && bad.standardError.contains("refused; nothing was compared"),
                "\(bad.standardOutput) \(bad.standardError)")
        let usage = try applyLab.sluice(["diff", v1, v2, "extra"])
        #expect(usage.status == 64, "three policies: exit \(usage.status)")
    }

    /// The same file named another way (relative instead of absolute) is the same policy: the live
    /// table holds it, so there is nothing to change. Rule comments carry the path as typed, so
    /// today the whole egress chain differs.
    @Test("the policy just applied, named by another path, is no difference")
    func samePolicyOtherPath() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let absolute = applyLab.fixture("apply-v1.sluice")
        let other = absolute.replacingOccurrences(of: "/Tests/Fixtures/", with: "/Tests/Fixtures/./")
        #expect(other != absolute && FileManager.default.fileExists(atPath: other))
        #expect(try applyLab.sluice(["apply", absolute]).status == 0)
        let diff = try applyLab.sluice(["diff", other])
        #expect(diff.status == 0, "sluice diff of the applied policy by another path: exit \(diff.status)\n\(diff.standardOutput)")
        let pair = try applyLab.sluice(["diff", absolute, other])
        #expect(pair.status == 0, "sluice diff FILE ./FILE: exit \(pair.status)\n\(pair.standardOutput)")
        let again = try applyLab.sluice(["apply", other])
        #expect(again.standardOutput.contains("already holds this policy"),
                "re-applying the same file by another path rewrote the table:\n\(again.standardOutput)")
    }

    /// `diff --json`: exit status, `equal`, and the names of the changed objects.
    static func json(_ result: CommandResult) throws -> (status: Int32, equal: Bool?, names: [String]) {
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]] ?? []
        return (result.status, object?["equal"] as? Bool, changes.compactMap { $0["name"] as? String })
    }
}
