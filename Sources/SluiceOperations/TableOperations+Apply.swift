import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore
import SluiceSystem

extension TableOperations {
    /// Applies a compiled policy in one transaction and records it in the history (unless nothing
    /// changed and the live version already has this ruleset). With `dryRun`, the kernel checks
    /// the whole transaction and commits nothing, and nothing is recorded.
    ///
    /// The version is recorded as intended before the transaction is sent and marked applied once
    /// the kernel committed it, so a crash between the two cannot leave the kernel running a policy
    /// the history lacks: the next command resolves the intended version against the kernel
    /// (`resolveInterruptedApplies`).
    ///
    /// With `requireLive`, the apply happens only if that version is still the live one when the
    /// lock is held (a confirmation timer must not undo an apply made after the one it guards).
    /// A committed apply supersedes a confirmation pending for an earlier version: it claims it, so
    /// that version's timer cannot roll back what the operator just applied, and ends the timer.
    ///
    /// `parts` is the compiled policy's stored form when the caller has it or is encoding it
    /// already (the compile cache), so that it is not encoded again; it is waited for on the
    /// other core, with the hash.
    ///
    /// When another program commits to nftables between the plan and the transaction, the kernel
    /// refuses the transaction whole (the generation check) and nothing is recorded; the apply is
    /// planned again from what the kernel holds then, for up to `raceRetry`, and the report's
    /// warnings say how often. After that it fails with `lostRace`.
    ///
    /// With `confirming`, the version is recorded with its confirmation, which is pending from the
    /// moment the version is marked live (`apply(_:sources:message:confirmWithin:parts:startTimer:)`).
    public func apply(_ compiled: CompiledPolicy, sources: [SourceFile], message: String, dryRun: Bool = false,
                      kind: VersionKind = .apply, rolledBackTo: Int64? = nil, requireLive: Int64? = nil,
                      confirming: IntendedConfirmation? = nil,
                      parts: BackgroundResult<CompiledPolicyParts?>? = nil) throws(OperationError) -> ApplyReport {
        var lost = 0
        var report = try Self.retrying(for: raceRetry, pause: .milliseconds(50), when: Self.isLostRace,
                                       retried: { _ in lost += 1 }) { () throws(OperationError) in
            try applyOnce(compiled, sources: sources, message: message, dryRun: dryRun, kind: kind, rolledBackTo: rolledBackTo,
                          requireLive: requireLive, confirming: confirming, parts: parts)
        }
        if lost > 0 {
            report.warnings.append("another program committed to nftables while this apply was being prepared; the kernel "
                                   + "refused the transaction whole and it was planned again (\(lost) time\(lost == 1 ? "" : "s"))")
        }
        return report
    }

    private func applyOnce(_ compiled: CompiledPolicy, sources: [SourceFile], message: String, dryRun: Bool, kind: VersionKind,
                           rolledBackTo: Int64?, requireLive: Int64?, confirming: IntendedConfirmation?,
                           parts: BackgroundResult<CompiledPolicyParts?>?) throws(OperationError) -> ApplyReport {
        guard compiled.ruleset.table == table else { throw .wrongTable(expected: table, found: compiled.ruleset.table) }
        let lock = try lockForChange(requireLive: requireLive)
        defer { lock.release() }
        let netfilter = try connection()
        try refuseSharedConnectionMarks(netfilter)
        // The history's hash and the stored form of the version need only what is at hand: they
        // are computed on the other core while the kernel plans.
        let tableName = table
        let hashing = dryRun ? nil : BackgroundResult {
            (Self.hash(sources: sources, table: tableName), Result { () throws(CompiledPolicyCodecError) in
                if let ready = parts?.value ?? nil { return PreparedVersion(sources: sources, parts: ready) }
                return try PreparedVersion(sources: sources, compiled: compiled)
            })
        }
        // An unmarked table is taken over only when the history says Sluice applied it last.
        let recorded = try stored { () throws(StoreError) in try store.liveVersion(table: table) } != nil
        let (plan, policyUnchanged, warnings, names) = try planWithNames(compiled, netfilter: netfilter, adoptUnmarked: recorded,
                                                                         dryRun: dryRun)
        var report = ApplyReport(plan: plan, committed: false, dryRun: dryRun, version: nil, messages: 0, bytes: 0, warnings: warnings)
        guard let hashing else {
            report.record(try kernel { try netfilter.apply(plan, expectedGeneration: plan.generation, dryRun: true, cache: cache) })
            return report
        }
        // The other core finishes the version's hash and stored form and records the version as
        // intended while this one builds the transaction, which is sent only once the record is in.
        let recording = BackgroundResult { [store] () -> Result<AppliedVersion?, StoreError> in
            Result { () throws(StoreError) -> AppliedVersion? in
                let (hash, prepared) = hashing.value
                if policyUnchanged && kind == .apply, try store.liveVersion(table: tableName)?.hash == hash {
                    return nil  // the same policy: nothing to record
                }
                return try store.recordVersion(table: tableName, hash: hash, message: message, kind: kind,
                                               rolledBackTo: rolledBackTo, sources: sources, compiled: compiled,
                                               prepared: try? prepared.get(), intended: true, confirmation: confirming,
                                               deferringCheckpoint: true)
            }
        }
        let transaction: PreparedTransaction?
        do {
            transaction = try kernel { try netfilter.prepare(plan, expectedGeneration: plan.generation) }
        } catch {
            if case .success(let intended?) = recording.value { try? store.discardIntended(versionID: intended.id, table: table) }
            throw error
        }
        guard let intended = try stored({ () throws(StoreError) in try recording.value.get() }) else {
            // The same policy, but the names' current addresses still go in.
            if !plan.isEmpty { report.record(try send(plan, transaction, netfilter: netfilter)) }
            settle(names)
            return report
        }
        let (outcome, version, superseded) = try commit(plan, transaction, recordedAs: intended, netfilter: netfilter)
        settle(names)
        report.record(outcome)
        report.version = version
        report.superseded = superseded
        return report
    }

    /// Refuses a table whose conntrack mark bits (`ConnectionMarks`) another Sluice table of this
    /// network namespace sets too: a connection that table admitted would pass this one's replies
    /// accept, whatever this one's allows say.
    private func refuseSharedConnectionMarks(_ netfilter: NetfilterConnection) throws(OperationError) {
        let marks = ConnectionMarks(table: table)
        let tables = try kernel { try netfilter.markedTables() }
        if let other = tables.first(where: { $0 != table && ConnectionMarks(table: $0) == marks }) {
            throw .sharedConnectionMarks(table: table, other: other)
        }
    }

    /// Commits `plan` for the version recorded as `intended` and makes that version the live one;
    /// when the kernel committed nothing, the intended version is discarded. Returns the
    /// confirmation that was pending for another version, which this one ended.
    private func commit(_ plan: ApplyPlan, _ transaction: PreparedTransaction?, recordedAs intended: AppliedVersion,
                        netfilter: NetfilterConnection) throws(OperationError)
        -> (ApplyOutcome, AppliedVersion, PendingConfirmation?) {
        // The record's copy from the write-ahead log into the database waits for no one: it runs on
        // the other core while the kernel commits. A failure only leaves it to the next write.
        let checkpoint = BackgroundResult { [store] in try? store.checkpoint() }
        defer { _ = checkpoint.value }
        let outcome: ApplyOutcome
        do {
            outcome = try send(plan, transaction, netfilter: netfilter)
        } catch {
            // A refusal or a lost race committed nothing; any other failure leaves the outcome
            // unknown, and the intended version for the next command to resolve.
            if error.committedNothing { try? store.discardIntended(versionID: intended.id, table: table) }
            throw error
        }
        let marked: MarkedApplied
        do {
            marked = try store.markApplied(versionID: intended.id, table: table)
        } catch {
            throw .appliedButNotRecorded(error)
        }
        var version = intended
        version.isLive = true
        // The superseded confirmation's timer would find nothing to do: ended now, not at its next look.
        if let superseded = marked.superseded { Self.endTimer(superseded) }
        return (outcome, version, marked.superseded)
    }

    /// Commits the transaction built ahead when there is one, else the plan.
    private func send(_ plan: ApplyPlan, _ transaction: PreparedTransaction?,
                      netfilter: NetfilterConnection) throws(OperationError) -> ApplyOutcome {
        try kernel {
            if let transaction { return try netfilter.apply(transaction, cache: cache) }
            return try netfilter.apply(plan, expectedGeneration: plan.generation, dryRun: false, cache: cache)
        }
    }

    /// The plan of `compiled`, with the addresses its names resolve to now added to the learned
    /// sets (so the first connection after the apply finds them admitted, in this very
    /// transaction) and the addresses only names it no longer lists taught taken out, the
    /// containments and usage the history holds for what it creates; whether the policy itself
    /// changes nothing; warnings (a silent server); and what to write down of names once committed.
    /// The servers are asked before the plan is made, so its generation does not age meanwhile.
    private func planWithNames(_ compiled: CompiledPolicy, netfilter: NetfilterConnection,
                               adoptUnmarked: Bool, dryRun: Bool)
        throws(OperationError) -> (ApplyPlan, Bool, [String], NameBookkeeping) {
        let resolved = compiled.dns.map { ApplyResolver(binding: $0).resolve() }
        var plan = try kernel { try netfilter.plan(compiled.ruleset, cache: cache, adoptUnmarked: adoptUnmarked) }
        let policyUnchanged = plan.isEmpty
        if let resolved { try kernel { try plan.addRuntimeElements(resolved.elements) } }
        let names = try dropUnlistedNames(in: &plan, compiled, resolved: resolved, netfilter: netfilter)
        try restoreContainments(into: &plan, compiled, netfilter: netfilter)
        try keepUsage(in: &plan, compiled, dryRun: dryRun)
        return (plan, policyUnchanged, resolved?.warnings ?? [], names)
    }

    /// Restores an applied version (default: the one before the live one) and records the
    /// rollback in the history.
    public func rollback(to id: Int64? = nil, message: String? = nil, kind: VersionKind = .rollback,
                         requireLive: Int64? = nil) throws(OperationError) -> ApplyReport {
        // "The one before the live one" is chosen before the lock is taken: the apply holds it to
        // that live version, so a change that lands meanwhile is not what gets undone (the live
        // version is read first: one that lands between the two reads is caught the same way).
        let (found, chosenAgainst) = try stored { () throws(StoreError) -> (AppliedVersion?, Int64?) in
            if let id { return (try store.version(id: id, table: table), nil) }
            let live = try store.liveVersion(table: table)?.id
            return (try store.versionBeforeLive(table: table), live)
        }
        guard let target = found else {
            if let id { throw .noSuchVersion(id) }
            throw .nothingToRollBack
        }
        let (compiled, sources) = try stored { () throws(StoreError) in
            (try store.compiledPolicy(ofVersion: target.id), try store.versionSources(id: target.id))
        }
        // The history shows this hash for the version: what is restored must be what it names.
        guard Self.hash(sources: sources, table: table) == target.hash else { throw .tamperedVersion(target.id) }
        return try apply(compiled, sources: sources, message: message ?? "rollback to version \(target.id)",
                         kind: kind, rolledBackTo: target.id, requireLive: requireLive ?? chosenAgainst)
    }

    /// Takes the state directory's lock for a change of the kernel's table; with `requireLive`,
    /// only while that version is still the live one (a confirmation timer must not undo a later
    /// apply), checked under the lock.
    func lockForChange(requireLive: Int64?) throws(OperationError) -> StateLock {
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
    public func removeTable(requireLive: Int64? = nil) throws(OperationError) {
        let lock = try lockForChange(requireLive: requireLive)
        defer { lock.release() }
        let netfilter = try connection()
        let recorded = try stored { () throws(StoreError) in try store.liveVersion(table: table) } != nil
        try kernel { try netfilter.deleteTable(table, cache: cache, adoptUnmarked: recorded) }
        try stored { () throws(StoreError) in try store.clearLiveVersion(table: table) }
    }
}
