import Foundation
import Testing
@testable import SluiceLab

/// `sluice explain` as a user runs it on policies the kernel is not needed for.
@Suite struct ExplainCommandTests {
    func explain(_ policy: String, _ arguments: [String]) throws -> CommandResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-explain-\(getpid())-\(UUID().uuidString).sluice").path
        try policy.write(toFile: file, atomically: true, encoding: .utf8)
        defer { unlink(file) }
        return try Subprocess.run([try TestEnvironment.sluiceExecutable(), "explain", file] + arguments, timeout: .seconds(60))
    }

    @Test("a failed expect line is said on standard error, and the flow is explained all the same")
    func failedExpectationsDoNotStopIt() throws {
        let policy = """
            policy t { mode gateway; egress "wan0" }
            group lab 10.1.0.0/16
            allow lab to 192.0.2.1 on tcp/443
            expect allow 10.1.0.1 to 192.0.2.1 on tcp/80

            """
        let result = try explain(policy, ["10.1.0.1", "192.0.2.1", "tcp/80"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(SluiceCommand.firstWord(result) == "deny")
        #expect(result.standardError.contains("error: expectation failed"), "\(result.standardError)")
        #expect(try explain(policy, ["10.1.0.1", "192.0.2.1", "tcp/443"]).standardOutput.hasPrefix("allow"))
        // Any other error still refuses: there is no ruleset to speak of.
        let broken = try explain(policy + "allow nosuch to 192.0.2.1\n", ["10.1.0.1", "192.0.2.1", "tcp/443"])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.isEmpty)
    }

    @Test("in a host policy, loopback is allowed, as the ruleset lets it by")
    func hostLoopback() throws {
        let policy = "policy node { mode host }\nallow self to 192.0.2.0/24 on tcp/443\n"
        for destination in ["127.0.0.1", "::1"] {
            let result = try explain(policy, ["self", destination, "tcp/8080"])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(SluiceCommand.firstWord(result) == "allow", "\(destination): \(result.standardOutput)")
        }
        #expect(SluiceCommand.firstWord(try explain(policy, ["self", "192.0.2.9", "tcp/8080"])) == "deny")
    }
}
