import ArgumentParser
import SluiceCompiler
import SluiceLanguage
import SluiceOperations
import SluiceStore
import SluiceSystem

/// `sluice apply POLICY [--dry-run] [--confirm DURATION] [--message TEXT]`.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply a policy to the kernel in one atomic transaction, and record it in the history.",
        discussion: """
            Only Sluice's table is touched, and only what changed is sent: set elements added and \
            removed, objects created or deleted, chains replaced. Hosts keep their quota usage and \
            containment. An invalid policy never reaches the kernel. If another program commits to \
            nftables between the plan and the transaction, the kernel refuses it whole and the apply \
            is planned again (for up to 10 s), as nft does.

            Examples:
              sluice apply policies/hpc-center.sluice --message "add the new partner site"
              sluice apply policies/hpc-center.sluice --dry-run
              sluice apply policies/hpc-center.sluice --confirm 2m    # then: sluice confirm
              sluice apply policies/hpc-center.sluice --cluster https://10.0.0.11:2379   # the fleet (docs/fleet.md)

            With --cluster (or --cluster-config) the checked policy is published to the fleet's etcd \
            instead, conditioned on the live version read before compiling: if another publish wins \
            meanwhile this one is refused (exit 1). Every gateway's watcher applies it.
            """
    )

    @Argument(help: "The policy file.")
    var policy: String

    @Flag(help: "Show what would change and let the kernel check the transaction, without committing it.")
    var dryRun = false

    @Option(help: "Roll back to the previous version unless `sluice confirm` runs within this time (30s, 2m, 1h; at most 3650d).")
    var confirm: DurationArgument?

    @Option(name: .shortAndLong, help: "A note for the history.")
    var message: String = ""

    @Flag(name: .shortAndLong, help: "List every kernel operation of the transaction.")
    var verbose = false

    @Flag(help: "With --cluster: print the outcome (or the error) as JSON.")
    var json = false

    @Option(name: .customLong("if-live"), help: ArgumentHelp(
        "With --cluster: publish only if this version of the fleet is still the live one (see sluice history --cluster).",
        valueName: "version"))
    var ifLive: Int64?

    @OptionGroup var cluster: ClusterOptions

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if let fleet = try ClusterPolicyCommand(cluster, table: global.table, json: json) {
            try publish(fleet)
            return
        }
        guard ifLive == nil else { throw ValidationError("--if-live needs --cluster") }
        // Opening the state directory needs nothing from the policy: it runs on the other core
        // while the policy is parsed and compiled. Every way out waits for it, so a refused
        // policy does not end the process in the middle of it.
        let opening = global.openingStore()
        defer { _ = opening.value }
        let build = try PolicyInput.build(policy, table: global.table, stateDirectory: global.stateDirectory)
        guard let compiled = build.compiled else { throw SluiceExit.refused }
        // Warn, never refuse: the program may be installed after the policy. Asked of the compiled
        // policy, which the compile cache may have given without a parse.
        let programs = ExecProgramCheck.warnings(forRules: compiled.exceedRules.map { ($0.actions, $0.location) })
        if !programs.isEmpty { Output.err(DiagnosticRenderer.render(programs, sources: build.sources)) }
        try OperationFailure.run { () throws(OperationError) in
            let operations = try global.operations(opening: opening)
            let report: ApplyReport
            if let confirm, !dryRun {
                report = try operations.apply(compiled, sources: build.sources, message: message,
                                              confirmWithin: .seconds(Int64(confirm.seconds)), parts: build.encoding) { version in
                    try Detached.spawn(["_confirm-timer", "--version", String(version), "--table", global.table,
                                        "--state-dir", global.absoluteStateDirectory],
                                       log: try operations.store.layout.confirmationLog(table: global.table))
                }
            } else {
                report = try operations.apply(compiled, sources: build.sources, message: message, dryRun: dryRun,
                                              parts: build.encoding)
            }
            for warning in report.warnings { Output.err("warning: \(warning)\n") }
            // The summary carries the notes (a set recreated, an unmarked table taken over); the
            // digest does not, so they are told on their own (tester G: a takeover said nothing).
            if !verbose { for note in report.plan.notes { Output.err("note: \(note)\n") } }
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

    /// `--cluster`: reads the live version first (a publish made while this one compiles wins),
    /// checks the policy as a local apply does, then publishes it conditioned on that read.
    private func publish(_ fleet: ClusterPolicyCommand) throws {
        guard confirm == nil else { throw ValidationError("--confirm guards one gateway's apply; it cannot be used with --cluster") }
        let base = try fleet.base(ifLive: ifLive)
        let build: CachedBuild
        do {
            build = try PolicyInput.build(policy, table: global.table, stateDirectory: global.stateDirectory)
        } catch {
            throw OperationFailure.report(message: "\(policy) does not compile; nothing was published", code: SluiceExit.refused,
                                          json: json)
        }
        guard let compiled = build.compiled else { throw SluiceExit.refused }
        let parts = try build.parts ?? OperationFailure.run(json: json) { () throws(OperationError) in
            do { return try CompiledPolicyCodec.parts(of: compiled) } catch { throw .system("encode the compiled policy: \(error)") }
        }
        if dryRun {
            Output.out("dry run: the policy checks; it would be published as version \(base.nextSequence); nothing was published\n")
            return
        }
        try fleet.publish(sources: build.sources, compiled: parts.blob, on: base, message: message, kind: .apply)
    }
}
