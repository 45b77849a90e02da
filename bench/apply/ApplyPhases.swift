import BenchSupport
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceKernel
import SluiceLanguage
import SluiceStore

/// `bench-apply --phases POLICY STATE_DIR`: the steps of `sluice apply POLICY --state-dir STATE_DIR`,
/// each timed from inside, so the command's time can be split into parse+compile, the kernel-side
/// work and the bookkeeping around it. Run it in the namespace to apply to (`ip netns exec`).
///
/// The steps are those of `ApplyCommand.run` and `TableOperations.apply` (main at 6c236b2), called
/// through the same public API in the same order; the driver checks that their sum stays close to
/// the measured `sluice apply`, so a drift from the product's path shows up as a gap.
enum ApplyPhases {
    /// The command-line flag that selects this mode.
    static let flag = "--phases"

    /// Applies `policy` in the current namespace, printing one `PhaseTiming.line` per step and the
    /// plan's digest (`digest<TAB>...`, one per line) on standard output.
    static func run(policy: String, stateDirectory: String) throws {
        var timings: [PhaseTiming] = []
        func timed<T>(_ name: String, _ body: () throws -> T) throws -> T {
            let start = PhaseTiming.Mark.now()
            let result = try body()
            timings.append(PhaseTiming.since(start, name: name))
            return result
        }
        let table = Ruleset.defaultTable
        // ApplyCommand.run: build through the state directory's compile cache (PolicyInput.build,
        // which also renders the diagnostics: the generated policy draws a warning), check the
        // alert programs, open the state directory, read the live version.
        let (build, compileCache) = try timed("parse+compile") { Self.build(policy: policy, table: table, stateDirectory: stateDirectory) }
        guard let compiled = build.compiled else {
            throw BenchError.failed("\(policy) does not compile:\n\(build.renderedDiagnostics)")
        }
        let (store, cache) = try timed("open state") { () throws -> (SluiceStore, AppliedStateCache?) in
            let store = try SluiceStore(directory: stateDirectory)
            let cache = try? AppliedStateCache(directory: stateDirectory + "/applied")
            _ = try? store.liveVersion(table: table)
            _ = try? store.pendingConfirmation(table: table)
            return (store, cache)
        }
        // TableOperations.apply: lock, plan against the kernel (or the cached picture), commit.
        let lock = try timed("lock") { try StateLock(directory: store.directory, table: table, timeout: .seconds(10)) }
        defer { lock.release() }
        let (netfilter, plan) = try timed("plan") { () throws -> (NetfilterConnection, ApplyPlan) in
            let netfilter = try NetfilterConnection(namespace: .current)
            // An unmarked table is taken over only when the history says Sluice applied it last.
            let recorded = try store.liveVersion(table: table) != nil
            return (netfilter, try netfilter.plan(compiled.ruleset, cache: cache, adoptUnmarked: recorded))
        }
        let outcome = try timed("commit") {
            try netfilter.apply(plan, expectedGeneration: plan.generation, dryRun: false, cache: cache)
        }
        guard outcome.committed || plan.isEmpty else { throw BenchError.failed("the transaction was not committed") }
        // Then the history: hash the sources, encode the compiled policy, record the version.
        let hash = try timed("hash") { TableOperations.hash(sources: build.sources, table: table) }
        let prepared = try timed("encode") { () throws -> PreparedVersion in
            if let parts = build.parts { return PreparedVersion(sources: build.sources, parts: parts) }
            return try PreparedVersion(sources: build.sources, compiled: compiled)
        }
        try timed("record") {
            let live = try store.liveVersion(table: table)
            if plan.isEmpty && live?.hash == hash { return }
            _ = try store.recordVersion(table: table, hash: hash, message: "", kind: .apply, rolledBackTo: nil,
                                        sources: build.sources, compiled: compiled, prepared: prepared)
            // TableOperations.supersedePendingConfirmation: claims a confirmation pending for an older
            // version (never one here, so the claim is not reached).
            if let live = try? store.liveVersion(table: table), let pending = try? store.pendingConfirmation(table: table),
               pending.versionID != live.id {
                _ = try? store.claimPendingConfirmation(table: table, versionID: pending.versionID)
            }
        }
        // ApplyCommand.run waits for the compile cache's files before it exits.
        try timed("cache writes") { compileCache?.finishWrites() }
        for timing in timings { print(timing.line) }
        for line in PlanDigest.text(plan).split(separator: "\n") { print("digest\t\(line)") }
        print("basis\t\(plan.basis.rawValue)")
    }

    /// `PolicyInput.build` through the compile cache, with the diagnostics rendered, and the
    /// alert-program check of `ApplyCommand.run`.
    private static func build(policy: String, table: String, stateDirectory: String) -> (CachedBuild, CompileCache?) {
        let cache = try? CompileCache(layout: StateLayout(directory: stateDirectory))
        let build = cache?.build(path: policy, table: table) ?? CachedBuild(PolicyBuild.build(path: policy, table: table))
        if !build.diagnostics.isEmpty { FileHandle.standardError.write(Data(build.renderedDiagnostics.utf8)) }
        if let compiled = build.compiled {
            _ = ExecProgramCheck.warnings(forRules: compiled.exceedRules.map { ($0.actions, $0.location) })
        }
        return (build, cache)
    }
}
