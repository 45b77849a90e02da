import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceControl
import SluiceLanguage

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
        let build = try PolicyInput.build(policy, table: global.table)
        guard let compiled = build.compiled else { throw SluiceExit.refused }
        // Warn, never refuse: the program may be installed after the policy.
        let programs = ExecProgramCheck.warnings(for: compiled.policy)
        if !programs.isEmpty { Output.err(DiagnosticRenderer.render(programs, sources: build.sources)) }
        try ControlFailure.run { () throws(ControlError) in
            let controller = try Controller(table: global.table, stateDirectory: global.stateDirectory)
            let previous = try? controller.store.liveVersion(table: global.table)
            // An apply made while another waits for confirmation replaces it: if this one is not
            // confirmed either, the last confirmed version (not the unconfirmed one) comes back.
            let pending = try? controller.store.pendingConfirmation(table: global.table)
            let fallback: Int64? = pending.map { $0.rollbackTo } ?? previous?.id
            let report = try controller.apply(compiled, sources: build.sources, message: message, dryRun: dryRun)
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
            guard let confirm else { return }
            let deadline = Date().addingTimeInterval(TimeInterval(confirm.seconds))
            try controller.awaitConfirmation(of: version.id, rollbackTo: fallback, deadline: deadline)
            let arguments = ["_confirm-timer", "--version", String(version.id), "--table", global.table,
                             "--state-dir", global.stateDirectory]
            do {
                let pid = try Detached.spawn(arguments, log: global.stateDirectory + "/confirm-\(global.table).log")
                try controller.setConfirmationTimer(version: version.id, pid: pid)
            } catch let error as ControlError {
                throw error
            } catch {
                // Without a timer nothing would roll back: undo now rather than leave it unguarded.
                Output.err("error: could not start the confirmation timer (\(error)); rolling back\n")
                _ = try? controller.confirm()
                if let back = fallback { _ = try controller.rollback(to: back, kind: .autoRollback) } else { try controller.removeTable() }
                throw ControlError.kernel(.system(operation: "start the confirmation timer", errno: EIO))
            }
            let restore = fallback.map { "version \($0) comes back" } ?? "Sluice's table is removed"
            Output.out("run `sluice confirm` within \(Units.duration(confirm.seconds)) to keep it; otherwise \(restore)\n")
        }
    }
}
