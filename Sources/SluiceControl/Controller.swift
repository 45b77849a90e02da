import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore

/// The operations on the live firewall that the command line and the drill share: apply,
/// diff, rollback, confirmation, and manual containment. Every kernel change is one transaction on
/// Sluice's own table; every apply is serialized by the state directory's lock and guarded by the
/// ruleset generation, so a concurrent change by anyone else stops it instead of being overwritten.
public final class Controller {
    public let table: String
    public let store: SluiceStore
    public let namespace: NetworkNamespace
    /// How long an apply waits for another apply's lock.
    public var lockTimeout: Duration = .seconds(10)
    let cache: AppliedStateCache?

    /// Opens the state directory (creating it 0700) for `table`.
    public init(table: String = Ruleset.defaultTable, stateDirectory: String = SluiceStore.defaultDirectory,
                namespace: NetworkNamespace = .current) throws(ControlError) {
        self.table = table
        self.namespace = namespace
        do {
            store = try SluiceStore(directory: stateDirectory)
        } catch {
            throw .store(error)
        }
        // The picture of the last apply lets the next one skip reading large sets back; it is only
        // a shortcut, so a directory that cannot be made just means no shortcut.
        cache = try? AppliedStateCache(directory: stateDirectory + "/applied")
    }

    /// A connection to netfilter in the controller's namespace.
    func connection() throws(ControlError) -> NetfilterConnection {
        do {
            return try NetfilterConnection(namespace: namespace)
        } catch let error as KernelError {
            throw .kernel(error)
        } catch {
            throw .kernel(.system(operation: "open a netlink socket", errno: EIO))
        }
    }

    /// Runs kernel work, turning its errors into `ControlError`.
    func kernel<T>(_ body: () throws -> T) throws(ControlError) -> T {
        do {
            return try body()
        } catch KernelError.generationChanged {
            throw .lostRace
        } catch let error as KernelError {
            throw .kernel(error)
        } catch let error as ControlError {
            throw error
        } catch {
            throw .kernel(.system(operation: "\(error)", errno: EIO))
        }
    }

    /// Runs store work, turning its errors into `ControlError`.
    func stored<T>(_ body: () throws(StoreError) -> T) throws(ControlError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }

    /// The hash the history keeps for a version: SHA-256 of the table name and every policy file
    /// (named relative to the root, so the path the policy was given by does not matter). The same
    /// files compile to the same ruleset, so this identifies it without rendering 100,000 elements.
    public static func hash(sources: [SourceFile], table: String) -> String {
        // One buffer and one call, so the digest can come from libcrypto (see `SHA256.hex`).
        let root = sources.first?.path ?? ""
        var bytes = Array("sluice-policy-1\0\(table)\0".utf8)
        bytes.reserveCapacity(sources.reduce(bytes.count) { $0 + $1.text.utf8.count + $1.path.utf8.count + 24 })
        for source in sources {
            bytes += "\(PolicyPaths.relative(source.path, root: root))\0\(source.text.utf8.count)\0".utf8
            bytes += source.text.utf8
        }
        return SHA256.hex(bytes)
    }

    /// Applies a compiled policy in one transaction and records it in the history (unless nothing
    /// changed and the live version already has this ruleset). With `dryRun`, the kernel checks
    /// the whole transaction and commits nothing, and nothing is recorded.
    ///
    /// With `requireLive`, the apply happens only if that version is still the live one when the
    /// lock is held (a confirmation timer must not undo an apply made after the one it guards).
    /// A committed apply supersedes a confirmation pending for an earlier version: it claims it, so
    /// that version's timer cannot roll back what the operator just applied, and ends the timer.
    public func apply(_ compiled: CompiledPolicy, sources: [SourceFile], message: String, dryRun: Bool = false,
                      kind: VersionKind = .apply, rolledBackTo: Int64? = nil,
                      requireLive: Int64? = nil) throws(ControlError) -> ApplyReport {
        guard compiled.ruleset.table == table else {
            throw .wrongTable(expected: table, found: compiled.ruleset.table)
        }
        let lock = try lockForChange(requireLive: requireLive)
        defer { lock.release() }
        let netfilter = try connection()
        // The history's hash needs only the files: it is computed on the other core meanwhile.
        let tableName = table
        let hashing = dryRun ? nil : BackgroundResult { Self.hash(sources: sources, table: tableName) }
        // An unmarked table is taken over only when the history says Sluice applied it last.
        let recorded = try stored { () throws(StoreError) in try store.liveVersion(table: table) } != nil
        let plan = try kernel { try netfilter.plan(compiled.ruleset, cache: cache, adoptUnmarked: recorded) }
        let outcome = try kernel {
            try netfilter.apply(plan, expectedGeneration: plan.generation, dryRun: dryRun, cache: cache)
        }
        var report = ApplyReport(plan: plan, committed: outcome.committed, dryRun: dryRun, version: nil,
                                 messages: outcome.messageCount, bytes: outcome.byteCount)
        guard let hashing else { return report }
        let hash = hashing.value
        let live = try stored { () throws(StoreError) in try store.liveVersion(table: table) }
        if plan.isEmpty && kind == .apply && live?.hash == hash { return report }
        do {
            report.version = try store.recordVersion(table: table, hash: hash, message: message, kind: kind,
                                                     rolledBackTo: rolledBackTo, sources: sources, compiled: compiled,
                                                     recompilable: true)
        } catch {
            throw .appliedButNotRecorded(error)
        }
        report.superseded = supersedePendingConfirmation()
        return report
    }

    /// The live table (nil when there is none), read from the kernel.
    public func liveRuleset() throws(ControlError) -> Ruleset? {
        let netfilter = try connection()
        return try kernel { try netfilter.readTable(table) }
    }

    /// What applying `target` would change in the kernel.
    public func diffLive(_ target: Ruleset) throws(ControlError) -> RulesetDiff {
        let netfilter = try connection()
        let live = try kernel { try netfilter.readTable(table) }
        var diff = RulesetDiff.compare(live, target)
        if try kernel({ try netfilter.isDormant(table) }) {
            diff.changes.insert(.tableDormant(name: table), at: 0)
        }
        return diff
    }

    /// The applied versions, newest first.
    public func history(limit: Int? = nil) throws(ControlError) -> [AppliedVersion] {
        try stored { () throws(StoreError) in try store.versions(table: table, limit: limit) }
    }

    /// The live version and its compiled policy.
    public func livePolicy() throws(ControlError) -> (AppliedVersion, CompiledPolicy) {
        try stored { () throws(StoreError) in
            guard let live = try store.liveVersion(table: table) else {
                throw StoreError(operation: "read the live version", path: store.databasePath,
                                 reason: .notFound("live version of \(table)"))
            }
            return (live, try store.compiledPolicy(ofVersion: live.id))
        }
    }

    /// Restores an applied version (default: the one before the live one) and records the
    /// rollback in the history.
    public func rollback(to id: Int64? = nil, message: String? = nil, kind: VersionKind = .rollback,
                         requireLive: Int64? = nil) throws(ControlError) -> ApplyReport {
        let found = try stored { () throws(StoreError) -> AppliedVersion? in
            if let id { return try store.version(id: id, table: table) }
            return try store.versionBeforeLive(table: table)
        }
        guard let target = found else {
            if let id { throw .noSuchVersion(id) }
            throw .nothingToRollBack
        }
        let (compiled, sources) = try stored { () throws(StoreError) in
            (try store.compiledPolicy(ofVersion: target.id), try store.versionSources(id: target.id))
        }
        return try apply(compiled, sources: sources, message: message ?? "rollback to version \(target.id)",
                         kind: kind, rolledBackTo: target.id, requireLive: requireLive)
    }

    /// Takes the state directory's lock for a change of the kernel's table; with `requireLive`,
    /// only while that version is still the live one (a confirmation timer must not undo a later
    /// apply), checked under the lock.
    func lockForChange(requireLive: Int64?) throws(ControlError) -> StateLock {
        let lock = try stored { () throws(StoreError) in
            try StateLock(directory: store.directory, table: table, timeout: lockTimeout)
        }
        if let requireLive {
            let live: AppliedVersion?
            do {
                live = try store.liveVersion(table: table)
            } catch {
                lock.release()
                throw .store(error)
            }
            guard live?.id == requireLive else {
                lock.release()
                throw .superseded(requireLive)
            }
        }
        return lock
    }

    /// Removes Sluice's table from the kernel, and marks no version live. The history stays.
    /// With `requireLive`, only while that version is still the live one.
    public func removeTable(requireLive: Int64? = nil) throws(ControlError) {
        let lock = try lockForChange(requireLive: requireLive)
        defer { lock.release() }
        let netfilter = try connection()
        let recorded = try stored { () throws(StoreError) in try store.liveVersion(table: table) } != nil
        try kernel { try netfilter.deleteTable(table, cache: cache, adoptUnmarked: recorded) }
        try stored { () throws(StoreError) in try store.clearLiveVersion(table: table) }
    }
}
