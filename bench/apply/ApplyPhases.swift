import BenchSupport
import Foundation
import SluiceCompiler
import SluiceOperations
import SluiceKernel
import SluiceLanguage
import SluiceStore
import SluiceSystem

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
        func timed<T>(_ name: String, _ body: () throws -> T) throws -> T { try Self.timed(name, into: &timings, body) }
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
        try commit(plan, of: compiled, netfilter: netfilter, cache: cache, build: build, store: store, timings: &timings)
        // ApplyCommand.run waits for the compile cache's files before it exits.
        try timed("cache writes") { compileCache?.finishWrites() }
        for timing in timings { print(timing.line) }
        for line in PlanDigest.text(plan).split(separator: "\n") { print("digest\t\(line)") }
        print("basis\t\(plan.basis.rawValue)")
    }

    /// The history and the commit, as `TableOperations.apply` keeps them: build the transaction,
    /// hash the sources, encode the compiled policy, record the version as intended (its
    /// checkpoint deferred), commit while the checkpoint runs on the other core, mark the version
    /// applied.
    private static func commit(_ plan: ApplyPlan, of compiled: CompiledPolicy, netfilter: NetfilterConnection,
                               cache: AppliedStateCache?, build: CachedBuild, store: SluiceStore,
                               timings: inout [PhaseTiming]) throws {
        func timed<T>(_ name: String, _ body: () throws -> T) throws -> T { try Self.timed(name, into: &timings, body) }
        let table = Ruleset.defaultTable
        // Built here in the product while the other core finishes the hash and the stored form and
        // records the version (since 2026-12-04 23:30 UTC; before, the record followed the build).
        let transaction = try timed("build transaction") { try netfilter.prepare(plan, expectedGeneration: plan.generation) }
        let hash = try timed("hash") { TableOperations.hash(sources: build.sources, table: table) }
        let prepared = try timed("encode") { () throws -> PreparedVersion in
            if let parts = build.parts { return PreparedVersion(sources: build.sources, parts: parts) }
            return try PreparedVersion(sources: build.sources, compiled: compiled)
        }
        let live = try store.liveVersion(table: table)
        let unchanged = plan.isEmpty && live?.hash == hash
        let intended = try timed("record") { () throws -> AppliedVersion? in
            if unchanged { return nil }
            return try store.recordVersion(table: table, hash: hash, message: "", kind: .apply, rolledBackTo: nil,
                                           sources: build.sources, compiled: compiled, prepared: prepared, intended: true,
                                           deferringCheckpoint: true)
        }
        let checkpoint = BackgroundResult { [store] in try? store.checkpoint() }
        let outcome = try timed("commit") {
            if let transaction { return try netfilter.apply(transaction, cache: cache) }
            return try netfilter.apply(plan, expectedGeneration: plan.generation, dryRun: false, cache: cache)
        }
        guard outcome.committed || plan.isEmpty else { throw BenchError.failed("the transaction was not committed") }
        try timed("mark applied") {
            _ = checkpoint.value
            guard let intended else { return }
            try store.markApplied(versionID: intended.id, table: table)
            // TableOperations.supersedePendingConfirmation: claims a confirmation pending for an older
            // version (never one here, so the claim is not reached).
            if let pending = try? store.pendingConfirmation(table: table), pending.versionID != intended.id {
                _ = try? store.claimPendingConfirmation(table: table, versionID: pending.versionID)
            }
        }
    }

    private static func timed<T>(_ name: String, into timings: inout [PhaseTiming], _ body: () throws -> T) throws -> T {
        let start = PhaseTiming.Mark.now()
        let result = try body()
        timings.append(PhaseTiming.since(start, name: name))
        return result
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
