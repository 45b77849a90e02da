import Foundation
import SluiceLab
import Testing

/// The documented exit codes (0 success, 1 refused, 3 kernel or system error, 64 usage) and JSON
/// on errors, walked command by command over the failures a user can provoke: every command with
/// `--json` prints a JSON object on standard output whatever happens, and no refusal passes for a
/// system error or the other way round.
@Suite("The command line's exit codes and JSON", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct CLIContractTests {
    /// One row of the table: the arguments (`--state-dir` added), the exit code, and whether the
    /// output must be JSON.
    struct Case: CustomStringConvertible {
        var arguments: [String]
        var exit: Int32
        var json = false
        var description: String { arguments.joined(separator: " ") + " -> \(exit)" }
    }

    // Kept whole (over 60 lines): the table of commands and exit codes, before and after an apply, reads better whole.
    @Test("every command, every kind of failure: the documented exit code, and JSON with --json")
    func theWholeTable() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let good = applyLab.fixture("cli-contract.sluice"), bad = applyLab.fixture("apply-bad.sluice")
        let missing = applyLab.stateDirectory + "-no-such.sluice"
        // Usage exports for `baseline import`: one good, one with a bad line (nothing imported).
        let goodCSV = applyLab.stateDirectory + "-usage.csv", badCSV = applyLab.stateDirectory + "-bad-usage.csv"
        try "host,hour,bytes\n10.70.1.5,2026-03-02T14:00:00Z,5000\n".write(toFile: goodCSV, atomically: true, encoding: .utf8)
        try "10.70.1.5,2026-03-02T14:00:00Z,5000\n10.70.1.5,soon,1\n".write(toFile: badCSV, atomically: true, encoding: .utf8)
        defer {
            unlink(goodCSV)
            unlink(badCSV)
        }
        // Nothing applied yet: the refusals of an empty history.
        let before: [Case] = [
            Case(arguments: ["status"], exit: 1), Case(arguments: ["status", "--json"], exit: 1, json: true),
            Case(arguments: ["history"], exit: 0), Case(arguments: ["history", "--json"], exit: 0, json: true),
            Case(arguments: ["rollback"], exit: 1), Case(arguments: ["confirm"], exit: 1),
            Case(arguments: ["isolate", "10.70.1.5"], exit: 1), Case(arguments: ["release", "10.70.1.5"], exit: 1),
            Case(arguments: ["incidents"], exit: 0), Case(arguments: ["incidents", "--json"], exit: 0, json: true),
            Case(arguments: ["report"], exit: 1), Case(arguments: ["report", "--format", "json"], exit: 1, json: true),
            Case(arguments: ["report", "--json"], exit: 1, json: true),
            Case(arguments: ["learn"], exit: 1), Case(arguments: ["learn", "--json"], exit: 1, json: true),
            Case(arguments: ["baseline", "show"], exit: 1), Case(arguments: ["baseline", "show", "--json"], exit: 1, json: true),
            Case(arguments: ["baseline", "import", "--json", badCSV], exit: 1, json: true),
            Case(arguments: ["baseline", "import", missing], exit: 1),
        ]
        try Self.check(before, applyLab)
        #expect(try applyLab.sluice(["apply", good]).status == 0)
        let after: [Case] = [
            Case(arguments: ["check", good], exit: 0), Case(arguments: ["check", bad], exit: 1),
            Case(arguments: ["check", "--json", bad], exit: 1, json: true), Case(arguments: ["check", missing], exit: 1),
            Case(arguments: ["compile", bad], exit: 1), Case(arguments: ["compile", good, "--format", "yaml"], exit: 64),
            Case(arguments: ["explain", good, "10.70.1.5", "192.0.2.70", "tcp/443"], exit: 0),
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "192.0.2.70", "tcp/443"], exit: 0, json: true),
            Case(arguments: ["explain", "--json", bad, "10.70.1.5", "192.0.2.70"], exit: 1, json: true),
            Case(arguments: ["explain", "--json", good, "notanip", "192.0.2.70"], exit: 1, json: true),
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "2001:db8::1"], exit: 1, json: true),
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "192.0.2.70", "icmpv6"], exit: 1, json: true),
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "192.0.2.70", "nosuchservice"], exit: 1, json: true),
            Case(arguments: ["explain", "--json", good, "user:1001", "192.0.2.70"], exit: 1, json: true),
            // A DNS name is a destination (an address learned for it); a pattern is not.
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "pypi.org", "tcp/443"], exit: 0, json: true),
            Case(arguments: ["explain", "--json", good, "10.70.1.5", "*.pypi.org"], exit: 1, json: true),
            Case(arguments: ["apply", bad], exit: 1), Case(arguments: ["apply", good, "--confirm", "soon"], exit: 64),
            Case(arguments: ["diff", good], exit: 0), Case(arguments: ["diff", "--json", good], exit: 0, json: true),
            Case(arguments: ["diff", applyLab.fixture("apply-v1.sluice")], exit: 1), Case(arguments: ["diff", bad], exit: 2),
            Case(arguments: ["rollback", "999"], exit: 1), Case(arguments: ["confirm"], exit: 1),
            Case(arguments: ["status"], exit: 0), Case(arguments: ["status", "--json"], exit: 0, json: true),
            Case(arguments: ["status", "--json", "--table", "neverapplied"], exit: 1, json: true),
            Case(arguments: ["status", "--names"], exit: 0), Case(arguments: ["status", "--names", "--json"], exit: 0, json: true),
            Case(arguments: ["status", "--names", "--table", "neverapplied"], exit: 1),
            Case(arguments: ["isolate", "notanip"], exit: 1), Case(arguments: ["block", "10.70.1.5", "--for", "soon"], exit: 64),
            Case(arguments: ["isolate", "10.0.0.2"], exit: 1), Case(arguments: ["block", "::ffff:10.0.0.2"], exit: 1),
            Case(arguments: ["isolate", "self"], exit: 1), Case(arguments: ["release", "notanip"], exit: 1),
            // --user: exactly one of HOST and --user; a gateway policy has no users set.
            Case(arguments: ["block", "--user", "1001"], exit: 1), Case(arguments: ["release", "--user", "root"], exit: 1),
            Case(arguments: ["block", "--user", "no-such-account-here"], exit: 1),
            Case(arguments: ["isolate", "10.70.1.5", "--user", "1001"], exit: 64), Case(arguments: ["block"], exit: 64),
            Case(arguments: ["release"], exit: 64),
            // Fleet: a plaintext endpoint must be asked for, a gateway named; refused before anything changes.
            Case(arguments: ["block", "10.70.1.5", "--cluster", "http://127.0.0.1:9", "--gateway", "a"], exit: 1),
            Case(arguments: ["release", "10.70.1.5", "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--gateway", "a/b"], exit: 1),
            Case(arguments: ["watch", "--cluster", "https://127.0.0.1:9"], exit: 1),
            // The fleet's policy: refused options exit 1 before etcd is asked; etcd unreachable exits 3, as JSON too.
            Case(arguments: ["apply", good, "--cluster", "http://127.0.0.1:9", "--json"], exit: 1, json: true),
            Case(arguments: ["apply", good, "--if-live", "3"], exit: 64),
            Case(arguments: ["apply", good, "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--confirm", "1m"], exit: 64),
            Case(arguments: ["apply", good, "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--json"], exit: 3, json: true),
            Case(arguments: ["status", "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--json"], exit: 3, json: true),
            Case(arguments: ["history", "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--json"], exit: 3, json: true),
            Case(arguments: ["rollback", "2", "--cluster", "127.0.0.1:9", "--cluster-plaintext", "--json"], exit: 3, json: true),
            Case(arguments: ["incidents", "--host", "notanip"], exit: 1),
            Case(arguments: ["incidents", "--json", "--host", "notanip"], exit: 1, json: true),
            Case(arguments: ["history", "--json", "--table", "neverapplied"], exit: 0, json: true),
            Case(arguments: ["report"], exit: 0), Case(arguments: ["report", "--format", "json"], exit: 0, json: true),
            Case(arguments: ["report", "--format", "html"], exit: 0), Case(arguments: ["report", "--group", "nosuch"], exit: 1),
            Case(arguments: ["report", "--format", "json", "--host", "notanip"], exit: 1, json: true),
            Case(arguments: ["report", "--format", "json", "--since", "1h", "--until", "2h"], exit: 1, json: true),
            Case(arguments: ["report", "--json"], exit: 0, json: true), Case(arguments: ["report", "--json", "--format", "html"], exit: 64),
            Case(arguments: ["report", "--format", "yaml"], exit: 64), Case(arguments: ["report", "--top", "0"], exit: 64),
            Case(arguments: ["report", "--since", "soon"], exit: 64),
            Case(arguments: ["report", "-o", "/proc/no/such/dir/report.html"], exit: 3),
            Case(arguments: ["learn"], exit: 0), Case(arguments: ["learn", "--json"], exit: 0, json: true),
            Case(arguments: ["learn", "--json", "--group", "nosuch"], exit: 1, json: true),
            Case(arguments: ["learn", "--headroom", "0.5"], exit: 1), Case(arguments: ["learn", "--policy", bad], exit: 1),
            Case(arguments: ["learn", "--policy", missing], exit: 1), Case(arguments: ["learn", "--since", "soon"], exit: 64),
            Case(arguments: ["baseline", "show"], exit: 0), Case(arguments: ["baseline", "show", "--json"], exit: 0, json: true),
            Case(arguments: ["baseline", "show", "--json", "10.70.1.5"], exit: 0, json: true),
            Case(arguments: ["baseline", "show", "--json", "notanip"], exit: 1, json: true),
            Case(arguments: ["baseline", "import", goodCSV], exit: 0),
            Case(arguments: ["baseline", "import", "--json", goodCSV], exit: 0, json: true),
            Case(arguments: ["baseline", "import", "--json", badCSV], exit: 1, json: true),
            Case(arguments: ["baseline", "import"], exit: 64),
            Case(arguments: ["watch", "--metrics-address", "nonsense"], exit: 1),
            // Counts below 1 are usage errors, not silently zero, everything or 1.
            Case(arguments: ["history", "--limit", "0"], exit: 64), Case(arguments: ["history", "--limit=-3"], exit: 64),
            Case(arguments: ["incidents", "--limit", "0"], exit: 64),
            Case(arguments: ["watch", "--denied-threshold", "0"], exit: 64),
            Case(arguments: ["watch", "--table", "neverapplied"], exit: 1),
            Case(arguments: ["nosuchcommand"], exit: 64), Case(arguments: ["status", "--nosuchoption"], exit: 64),
            Case(arguments: ["status", "--table", "bad/name"], exit: 64),
        ]
        try Self.check(after, applyLab)
        // A state directory that cannot be one is a system error, not a refusal.
        let blocked = try applyLab.lab.run(in: applyLab.router, [applyLab.executable, "history", "--state-dir", "/dev/null"],
                                           check: false)
        #expect(blocked.status == 3, "history --state-dir /dev/null: \(blocked.status) \(blocked.standardError)")
    }

    @Test("apply with standard output on a full disk: the apply is recorded, then exit 3, no crash")
    func applyToAFullDisk() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let script = "exec \"$0\" apply \"$1\" --state-dir \"$2\" > /dev/full"
        let result = try applyLab.lab.run(in: applyLab.router, ["/bin/sh", "-c", script, applyLab.executable,
                                                                applyLab.fixture("apply-v1.sluice"), applyLab.stateDirectory],
                                          check: false)
        #expect(result.status == 3, "\(result.status): \(result.standardError)")
        #expect(result.standardError.contains("could not write to standard output"), "\(result.standardError)")
        let versions = try applyLab.history()
        #expect(versions.map(\.id) == [1] && versions.first?.live == true, "the apply was not recorded: \(versions)")
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0)
        for arguments in [["history"], ["status"], ["check", applyLab.fixture("apply-v1.sluice")]] {
            let script = "exec \"$0\" \"$@\" --state-dir \"\(applyLab.stateDirectory)\" > /dev/full"
            let other = try applyLab.lab.run(in: applyLab.router, ["/bin/sh", "-c", script, applyLab.executable] + arguments,
                                             check: false)
            #expect(other.status == 3, "\(arguments) > /dev/full: \(other.status) \(other.standardError)")
        }
    }

    @Test("text from whoever ran a command (a message, a reason) is shown terminal-safe in every table")
    func hostileTextIsEscapedInTables() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let hostile = "evil\u{1B}[2J\rmsg\u{202E}"
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice"), "-m", hostile]).status == 0)
        #expect(try applyLab.sluice(["block", "10.70.1.5", "--reason", hostile]).status == 0)
        for arguments in [["history"], ["status", "--all"], ["incidents"]] {
            let output = try applyLab.sluice(arguments).standardOutput
            #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{202E}" },
                    "\(arguments) prints raw control characters: \(output.debugDescription)")
        }
        #expect(try applyLab.sluice(["history"]).standardOutput.contains(#"evil\x1B[2J\x0Dmsg\u{202E}"#))
    }

    static func check(_ cases: [Case], _ applyLab: ApplyLab) throws {
        for c in cases {
            let result = try applyLab.sluice(c.arguments)
            #expect(result.status == c.exit, "\(c): got \(result.status)\n\(result.standardError)\(result.standardOutput)")
            guard c.json else { continue }
            let object = try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
            #expect(object != nil, "\(c): standard output is not JSON:\n\(result.standardOutput)")
            if c.exit != 0, let dictionary = object as? [String: Any] {
                #expect(dictionary["error"] != nil, "\(c): a failure's JSON has no error member: \(result.standardOutput)")
            }
        }
    }
}
