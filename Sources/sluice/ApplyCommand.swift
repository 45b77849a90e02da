import ArgumentParser
import SluiceCompiler
import SluiceLanguage
import SluiceOperations

/// `sluice apply POLICY [--dry-run] [--confirm DURATION] [--message TEXT]`.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply a policy to the kernel in one atomic transaction, and record it in the history.",
        discussion: """
            Only Sluice's table is touched, and only what changed is sent: set elements added and \
            removed, objects created or deleted, chains replaced. Hosts keep their quota usage and \
            containment. An invalid policy never reaches the kernel.

            Examples:
              sluice apply policies/hpc-center.sluice --message "add the new partner site"
              sluice apply policies/hpc-center.sluice --dry-run
              sluice apply policies/hpc-center.sluice --confirm 2m    # then: sluice confirm
            """
    )

    @Argument(help: "The policy file.")
    var policy: String

    @Flag(help: "Show what would change and let the kernel check the transaction, without committing it.")
    var dryRun = false

    @Option(help: "Roll back to the previous version unless `sluice confirm` runs within this time (30s, 2m, 1h).")
    var confirm: DurationArgument?

    @Option(name: .shortAndLong, help: "A note for the history.")
    var message: String = ""

    @Flag(name: .shortAndLong, help: "List every kernel operation of the transaction.")
    var verbose = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (build, cache) = try PolicyInput.build(policy, table: global.table, stateDirectory: global.stateDirectory)
        defer { cache?.finishWrites() }
        guard let compiled = build.compiled else { throw SluiceExit.refused }
        // Warn, never refuse: the program may be installed after the policy. Asked of the compiled
        // policy, which the compile cache may have given without a parse.
        let programs = ExecProgramCheck.warnings(forRules: compiled.exceedRules.map { ($0.actions, $0.location) })
        if !programs.isEmpty { Output.err(DiagnosticRenderer.render(programs, sources: build.sources)) }
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations()
            let report: ApplyReport
            if let confirm, !dryRun {
                report = try operations.apply(compiled, sources: build.sources, message: message,
                                              confirmWithin: .seconds(Int64(confirm.seconds)), parts: build.parts) { version in
                    try Detached.spawn(["_confirm-timer", "--version", String(version), "--table", global.table,
                                        "--state-dir", global.stateDirectory],
                                       log: try operations.store.layout.confirmationLog(table: global.table))
                }
            } else {
                report = try operations.apply(compiled, sources: build.sources, message: message, dryRun: dryRun,
                                              parts: build.parts)
            }
            for warning in report.warnings { Output.err("warning: \(warning)\n") }
            Output.out((verbose ? report.plan.summary : PlanDigest.text(report.plan)) + "\n")
            if dryRun {
                Output.out("dry run: the kernel accepted the transaction (\(report.messages) messages); nothing was committed\n")
                return
            }
            guard let version = report.version else {
                Output.out("table inet \(global.table) already holds this policy; nothing was recorded\n")
                return
            }
            Output.out("applied version \(version.id) to table inet \(global.table) (\(report.messages) messages, \(report.bytes) bytes)\n")
            if let superseded = report.superseded {
                Output.out("version \(superseded.versionID) was waiting for confirmation; this apply replaces it and its rollback timer is cancelled\n")
            }
            if let window = report.confirmation, let confirm {
                let restore = window.restores.map { "version \($0) comes back" } ?? "Sluice's table is removed"
                Output.out("run `sluice confirm` within \(Units.duration(confirm.seconds)) to keep it; otherwise \(restore)\n")
            }
        }
    }
}
