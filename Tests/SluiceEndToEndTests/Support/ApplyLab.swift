import Foundation
import SluiceCompiler
@testable import SluiceLab
import SluiceLanguage

/// A lab for the tests of `sluice apply`, `diff`, `history`, `rollback` and `confirm`: built for
/// the addresses of one or more gateway policies' `expect` lines, with no ruleset loaded (the
/// tests load it with the CLI), and a state directory of its own. `sluice` runs in the gateway
/// with `ip netns exec`, as an administrator would run it there.
struct ApplyLab: Sendable {
    let lab: Lab
    /// The gateway, where Sluice's table lives.
    let router: LabNamespace
    /// The per-test `--state-dir`.
    let stateDirectory: String
    let executable: String

    /// Builds the lab for the fixtures' expect addresses plus `extraSources` and `extraOutside`.
    /// Nothing is left behind on failure; on success the caller must `destroy()`.
    static func start(_ fixtures: [String], extraSources: [IPAddress] = [], extraOutside: [IPAddress] = []) throws -> ApplyLab {
        let executable = try TestEnvironment.sluiceExecutable()
        let policies = try fixtures.map { name -> Policy in
            let build = try PolicyLab.compile(TestEnvironment.fixture(name))
            guard build.compiled != nil, let policy = build.policy else { throw TestFailure("\(name) does not compile") }
            return policy
        }
        guard let first = policies.first else { throw TestFailure("an apply lab needs a policy") }
        var sources = extraSources
        var outside = extraOutside
        for policy in policies {
            guard policy.mode == .gateway else { throw TestFailure("\(policy.name): apply labs are gateway labs") }
            for expectation in policy.expectations {
                if case .address(let address) = expectation.source { sources.append(address) }
                outside.append(expectation.destination)
            }
        }
        let spec = try PolicyLab.labSpec(for: first, extraSources: sources, extraOutside: outside)
        let lab = try Lab.create(spec)
        do {
            let state = FileManager.default.temporaryDirectory
                .appendingPathComponent("sluice-apply-\(lab.tag)-\(UUID().uuidString.prefix(8))").path
            return ApplyLab(lab: lab, router: try lab.gateway(), stateDirectory: state, executable: executable)
        } catch {
            lab.destroy()
            throw error
        }
    }

    /// The absolute path of a fixture. Rule comments carry the policy's path as given, so a test
    /// must name a policy the same way for `apply` and for `diff`.
    func fixture(_ name: String) -> String { TestEnvironment.fixture(name) }

    /// `sluice ARGUMENTS... --state-dir DIR` in the gateway; the exit status is the caller's to judge.
    @discardableResult
    func sluice(_ arguments: [String], timeout: Duration = .seconds(30)) throws -> CommandResult {
        try lab.run(in: router, [executable] + arguments + ["--state-dir", stateDirectory], timeout: timeout, check: false)
    }

    /// Runs `nft ARGUMENTS...` in the gateway; a failure throws.
    @discardableResult
    func nft(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try lab.run(in: router, ["nft"] + arguments, input: input)
    }

    /// `nft list table inet NAME`, or nil when the table does not exist.
    func listing(_ table: String = "sluice") throws -> String? {
        let result = try lab.run(in: router, ["nft", "list", "table", "inet", table], check: false)
        if result.succeeded { return result.standardOutput }
        if result.standardError.contains("No such file or directory") { return nil }
        throw LabError.commandFailed(command: result.command, status: result.status, standardError: result.standardError)
    }

    /// `sluice history --json`, decoded.
    func history(table: String? = nil) throws -> [HistoryEntry] {
        let result = try sluice(["history", "--json"] + (table.map { ["--table", $0] } ?? []))
        guard result.succeeded else { throw TestFailure("sluice history --json: \(result.status) \(result.standardError)") }
        return try JSONDecoder().decode([HistoryEntry].self, from: Data(result.standardOutput.utf8))
    }

    /// `sluice diff POLICY` against the live table: its exit status (0 equal, 1 different).
    func diffStatus(_ fixture: String) throws -> Int32 {
        try sluice(["diff", self.fixture(fixture)]).status
    }

    /// Ends any confirmation timer of this state directory, removes the lab and the state directory.
    func destroy() {
        ConfirmTimers.end(stateDirectory: stateDirectory)
        lab.destroy()
        try? FileManager.default.removeItem(atPath: stateDirectory)
        try? FileManager.default.removeItem(atPath: burstFile)
    }

    private var burstFile: String { stateDirectory + "-burst.nft" }

    /// Starts another program committing to nftables in the gateway as fast as it can for
    /// `seconds`, as busy hosts do in bursts: `nft -i` runs each line as a transaction of its own
    /// (an add or a delete of table `inet burst`, about 0.1 ms each on an idle machine), and
    /// `timeout` ends it. Bounded by time, not by count: beside the whole suite on two cores a
    /// count that takes a second alone has taken minutes. It exits 0 (done) or 124 (ended).
    func commitBurst(seconds: Double) throws -> LabProcess {
        try String(repeating: "add table inet burst\ndelete table inet burst\n", count: 50_000)
            .write(toFile: burstFile, atomically: false, encoding: .utf8)
        let burst = try lab.start(in: router, ["sh", "-c", "exec timeout \(seconds) nft -i < '\(burstFile)'"])
        // Returns once the commits have begun (the table shows half the time), so that what the
        // caller does next meets them.
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let tables = try? nft(["list", "tables"]), tables.standardOutput.contains("burst") { break }
            usleep(5_000)
        }
        return burst
    }
}
