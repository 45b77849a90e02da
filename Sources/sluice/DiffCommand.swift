import ArgumentParser
import SluiceCompiler
import SluiceOperations

/// `sluice diff POLICY` (live kernel vs policy) or `sluice diff OLD NEW` (two policies).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what would change in the kernel, or between two policies.",
        discussion: """
            Like diff(1): exit 0 when equal, 1 when different, 2 when a policy is refused (3 for a \
            kernel or system error). Sets and their elements, quota limits, \
            counters and chain rules are named; usage and containment are never differences.

            Examples:
              sluice diff policies/hpc-center.sluice
              sluice diff old.sluice new.sluice --json
            """
    )

    @Argument(help: "A policy (compared with the live table), or two policies (OLD NEW).")
    var policies: [String]

    @Flag(help: "Print the differences as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...2).contains(policies.count) else { throw ValidationError("give one policy, or two (OLD NEW)") }
    }

    func run() throws {
        let new = try ruleset(policies[policies.count - 1])
        let diff: RulesetDiff
        if policies.count == 2 {
            diff = RulesetDiff.compare(try ruleset(policies[0]), new)
        } else {
            diff = try OperationFailure.run(json: json) { () throws(OperationError) in
                try global.operations().diffLive(new)
            }
        }
        if json {
            Output.out(diff.json().pretty() + "\n")
        } else if diff.isEmpty {
            Output.out("no differences\n")
        } else {
            Output.out(diff.render())
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    /// A policy's ruleset; a refused policy exits 2 (as diff(1) says trouble), with its error as
    /// JSON on standard output too when `--json` asked for JSON.
    private func ruleset(_ path: String) throws -> Ruleset {
        do {
            guard let ruleset = try PolicyInput.build(path, table: global.table, comparing: true).compiled?.ruleset else {
                throw SluiceExit.trouble
            }
            return ruleset
        } catch {
            // Standard error already has the diagnostics and the refusal.
            if json {
                Output.out(JSONValue.object([("error", .object([("message", .string("\(path): refused; nothing was compared")),
                                                                ("exit", .int(Int64(SluiceExit.trouble.rawValue)))]))]).pretty() + "\n")
            }
            throw error
        }
    }
}
