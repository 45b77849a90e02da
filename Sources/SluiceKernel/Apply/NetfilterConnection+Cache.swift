import Foundation
import Glibc
import SluiceCompiler

extension NetfilterConnection {
    /// The boot this kernel runs in (`/proc/sys/kernel/random/boot_id`).
    static func bootID() -> String {
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The namespace's identity: its nsfs device and inode.
    static func identity(of namespace: NetworkNamespace) throws -> String {
        let path = namespace.filePath ?? "/proc/thread-self/ns/net"
        var st = stat()
        try SystemCall.check("stat \(path)", stat(path, &st))
        return "\(st.st_dev):\(st.st_ino)"
    }

    /// Plans the apply of `target` over the live table `target.table`.
    ///
    /// Reading a large set back from the kernel is slow (100k elements: about a second of kernel
    /// time), so the plan starts from Sluice's picture of the table after its last apply when
    /// nothing has been committed since (same boot, namespace, table handle and generation; see
    /// `AppliedStateCache`), and reads the table otherwise. The picture comes from `cache`, or
    /// without one from this connection's own memory of its applies. Runtime values (quota usage,
    /// counters, runtime set elements) are always read live where the plan needs them.
    ///
    /// A table that exists but was not created by Sluice (it lacks `TableMark`) is refused with
    /// `KernelError.notOwned`, whatever the cache says. With `adoptUnmarked`, which the caller
    /// passes only when its own history says it applied this table last, an unmarked table that
    /// Sluice's picture identifies as the one it applied (`isSluicesUnmarked`) is taken over: the
    /// plan replaces it with a marked one in the same transaction, its runtime state carried over
    /// (tables made before Sluice marked them).
    public func plan(_ target: Ruleset, cache: AppliedStateCache? = nil, adoptUnmarked: Bool = false) throws -> ApplyPlan {
        var plan = try planContents(target, cache: cache ?? ownPicture, adoptUnmarked: adoptUnmarked)
        // Read after the generation the plan carries: a change in between fails the apply.
        try planFamilyTables(&plan, target: target)
        // A dormant table holds the rules but filters nothing: re-sending the table (flags 0) in
        // the same transaction makes it enforce again, so "nothing changed" is never said of it.
        if plan.basis != .absent, try tableInfo(target.table)?.isDormant == true,
           !plan.operations.contains(.addTable(target.table)) {
            plan.operations.insert(.addTable(target.table), at: 0)
        }
        return plan
    }

    /// Whether the table exists but is dormant (filters nothing).
    public func isDormant(_ table: String) throws -> Bool {
        try tableInfo(table)?.isDormant ?? false
    }

    private func planContents(_ target: Ruleset, cache: AppliedStateCache, adoptUnmarked: Bool) throws -> ApplyPlan {
        let table = target.table
        // The generation first, then the table: an apply with this generation commits only if
        // what is read here is still what the kernel holds.
        let generation = try self.generation()
        guard let info = try tableInfo(table) else {
            var plan = try ApplyPlanner.plan(live: nil, target: target, generation: generation)
            plan.basis = .absent
            plan.ownership = ApplyPlan.OwnershipCheck(generation: generation, handle: nil)
            return plan
        }
        guard info.isMarked else {
            guard adoptUnmarked, try isSluicesUnmarked(info, table: table, cache: cache) else {
                throw KernelError.notOwned(table: table)
            }
            return try planFromKernel(target, adopting: info.handle)
        }
        guard let state = cache.load(table: table), state.bootID == Self.bootID(),
              state.namespaceID == namespaceID, state.tableHandle == info.handle else {
            return try planFromKernel(target)
        }
        // Anything committed since the picture was stored, by anyone (a hand edit of a set's
        // elements changes no handle and no rule), sends the plan back to the kernel. Sluice's
        // own runtime operations move the stored generation along when given the cache.
        guard state.generation == generation else { return try planFromKernel(target) }
        var live = state.ruleset
        live.quotas = []
        live.counters = []
        for object in try objects(table: table) {
            switch object {
            case .quota(let q, _): live.quotas.append(q)
            case .counter(let c): live.counters.append(c)
            }
        }
        var options = ApplyPlanner.Options()
        options.unknownElements = Set(live.sets.filter(\.runtimeElements).map(\.name))
        options.packedElements = state.packed
        let needed = ApplyPlanner.needsElements(live: live, target: target, options: options)
        for name in needed.sorted() {
            guard let i = live.sets.firstIndex(where: { $0.name == name }) else { continue }
            live.sets[i].elements = try elements(table: table, of: live.sets[i])
            options.unknownElements.remove(name)
        }
        // The generation check on apply makes the picture and the objects read here one moment.
        var plan = try ApplyPlanner.plan(live: live, target: target, generation: generation, options: options)
        plan.basis = .cache
        plan.ownership = ApplyPlan.OwnershipCheck(generation: generation, handle: info.handle)
        return plan
    }

    /// Applies a plan in one transaction. With `expectedGeneration` (normally `plan.generation`),
    /// the kernel refuses the transaction (`KernelError.generationChanged`) when anything committed
    /// since that generation. With `dryRun`, the transaction is sent without its END: the kernel
    /// checks every message, reports what it refuses, and commits nothing. An empty plan sends
    /// nothing.
    ///
    /// Errors come back as `KernelError.refused`, each naming the object (and for rules the chain
    /// and policy line) of the message the kernel refused; nothing of the transaction is applied.
    /// The transaction only ever reaches Sluice's own table: a plan from `plan(_:cache:)` applied
    /// with its own generation was checked when it was made; any other is checked now, and a
    /// table Sluice did not create is refused (`KernelError.notOwned`).
    ///
    /// After a commit whose generation is known exactly, the resulting picture of the table goes
    /// into `cache` (or this connection's own memory), for the next plan; if anything else
    /// committed in the meantime, the picture is dropped instead.
    @discardableResult
    public func apply(_ plan: ApplyPlan, expectedGeneration: UInt32?, dryRun: Bool = false,
                      cache: AppliedStateCache? = nil) throws -> ApplyOutcome {
        try apply(plan, expectedGeneration: expectedGeneration, dryRun: dryRun, cache: cache, built: nil)
    }

    /// Commits a transaction `prepare(_:expectedGeneration:)` built, as
    /// `apply(_:expectedGeneration:dryRun:cache:)` commits its plan.
    @discardableResult
    public func apply(_ prepared: PreparedTransaction, cache: AppliedStateCache? = nil) throws -> ApplyOutcome {
        try apply(prepared.plan, expectedGeneration: prepared.batch.expectedGeneration, dryRun: false, cache: cache,
                  built: prepared)
    }

    private func apply(_ plan: ApplyPlan, expectedGeneration: UInt32?, dryRun: Bool, cache: AppliedStateCache?,
                       built: PreparedTransaction?) throws -> ApplyOutcome {
        let cache = cache ?? ownPicture
        let outcome: ApplyOutcome
        do {
            outcome = try sendOwned(plan, expectedGeneration: expectedGeneration, dryRun: dryRun, built: built)
        } catch {
            if !dryRun { cache.forget(table: plan.table) }
            throw error
        }
        // The table may be a new one now; runtime operations check it again.
        if outcome.committed { verifiedTables[plan.table] = nil }
        guard !dryRun else { return outcome }
        guard let generation = outcome.generation else {
            cache.forget(table: plan.table)
            return outcome
        }
        if plan.isEmpty, let state = cache.load(table: plan.table), state.generation == generation {
            return outcome
        }
        guard let info = try tableInfo(plan.table) else {
            cache.forget(table: plan.table)
            return outcome
        }
        var handles: [String: UInt64] = [:]
        for (set, handle) in try setDefinitions(table: plan.table) { handles[set.name] = handle }
        guard try self.generation() == generation else {
            cache.forget(table: plan.table)
            return outcome
        }
        cache.store(AppliedState(bootID: Self.bootID(), namespaceID: namespaceID, tableHandle: info.handle,
                                 generation: generation, setHandles: handles,
                                 ruleset: AppliedState.picture(of: plan.target)))
        return outcome
    }
}

extension NetfilterConnection {
    /// Commits a runtime transaction on `table`, only if it is Sluice's: the batch carries the
    /// generation at which the table was found Sluice's (`ownedGeneration(of:)`), so the kernel
    /// refuses it if anything changed since. With `expectedGeneration`, only at that generation;
    /// without, a commit by someone else in between means checking and sending again.
    ///
    /// When the cache's picture is current at that generation, the commit moves the picture's
    /// generation on by one: runtime operations never change what the picture holds (policy sets,
    /// rules, definitions), so the next apply can still plan from it.
    ///
    /// Right after this connection's own runtime commit, the batch is first sent at the generation
    /// that commit left without reading it (`VerifiedTable.committedHere`); if anyone committed
    /// since, the kernel refuses it whole and the table is checked as above.
    /// `certainChange`: the batch always changes the ruleset, even over elements already there
    /// (see `committedInside`).
    func commitRuntime(table: String, cache: AppliedStateCache?, expectedGeneration: UInt32?, certainChange: Bool = false,
                       _ build: (inout KernelBatch) throws -> Void) throws {
        func send(at generation: UInt32) throws {
            var batch = KernelBatch(firstSequence: socket.sequence, generation: generation)
            try build(&batch)
            guard !batch.isEmpty else { return }
            try run(&batch, commit: true)
            committedInside(table: table, at: generation, certain: certainChange)
            if let cache, var state = cache.load(table: table), state.bootID == Self.bootID(),
               state.namespaceID == namespaceID, state.generation == generation {
                state.generation = Self.generation(after: generation)
                cache.store(state)
            }
        }
        if let known = verifiedTables[table], known.committedHere, (expectedGeneration ?? known.generation) == known.generation {
            do {
                return try send(at: known.generation)
            } catch KernelError.generationChanged {
                // Someone committed since, or our last commit changed nothing: check the table
                // again (below) before anything is sent.
            }
        }
        try atCheckedGeneration(expected: expectedGeneration, check: { (try ownedGeneration(of: table), ()) }) { generation, _ in
            try send(at: generation)
        }
    }
}
