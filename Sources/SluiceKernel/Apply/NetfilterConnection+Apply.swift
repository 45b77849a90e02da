import SluiceCompiler

extension NetfilterConnection {
    /// Sends a plan as one transaction (see `apply(_:expectedGeneration:dryRun:cache:)`), only to
    /// Sluice's own table (see `NetfilterConnection+Ownership`): always with a generation at which
    /// the table was found Sluice's or absent. A plan checked at `expectedGeneration` goes as it
    /// is; otherwise the table is checked now, and without an expected generation the check and
    /// send are retried when someone else commits in between.
    /// A transaction `prepare` built goes as it is when it still can (`built`).
    func sendOwned(_ plan: ApplyPlan, expectedGeneration: UInt32?, dryRun: Bool, built: PreparedTransaction? = nil) throws -> ApplyOutcome {
        guard !plan.isEmpty else {
            return ApplyOutcome(committed: false, messageCount: 0, byteCount: 0, generation: expectedGeneration)
        }
        if let expectedGeneration, plan.ownership?.generation == expectedGeneration {
            if let built, built.batch.beginSequence == socket.sequence {
                return try send(built.batch, generation: expectedGeneration, dryRun: dryRun)
            }
            return try send(plan, generation: expectedGeneration, dryRun: dryRun)
        }
        return try atCheckedGeneration(expected: expectedGeneration, check: {
            let generation = try self.generation()
            try requireSendable(plan, to: tableInfo(plan.table))
            return (generation, ())
        }) { generation, _ in
            try send(plan, generation: generation, dryRun: dryRun)
        }
    }

    /// Builds the transaction of `plan` now, to be sent by `apply(_:cache:)` once the caller's
    /// other work is done; nil when there is nothing to build ahead: an empty plan, or one that
    /// must be checked against the table first (not made at `expectedGeneration`). Nothing else
    /// may be sent on this connection in between, or the transaction is built again at sending.
    public func prepare(_ plan: ApplyPlan, expectedGeneration: UInt32?) throws -> PreparedTransaction? {
        guard !plan.isEmpty, let expectedGeneration, plan.ownership?.generation == expectedGeneration else { return nil }
        return PreparedTransaction(plan: plan, batch: try batch(plan, generation: expectedGeneration))
    }

    /// The batch of `plan`, starting at the connection's next sequence number.
    private func batch(_ plan: ApplyPlan, generation: UInt32) throws -> KernelBatch {
        var batch = KernelBatch(firstSequence: socket.sequence, generation: generation, capacity: plan.capacityHint)
        try plan.append(to: &batch)
        return batch
    }

    /// Sends a plan as one transaction that the kernel commits only at `generation`.
    private func send(_ plan: ApplyPlan, generation expectedGeneration: UInt32, dryRun: Bool) throws -> ApplyOutcome {
        try send(batch(plan, generation: expectedGeneration), generation: expectedGeneration, dryRun: dryRun)
    }

    private func send(_ built: KernelBatch, generation expectedGeneration: UInt32, dryRun: Bool) throws -> ApplyOutcome {
        var batch = built
        try run(&batch, commit: !dryRun)
        return ApplyOutcome(committed: !dryRun, messageCount: batch.messageCount, byteCount: batch.byteCount,
                            generation: dryRun ? expectedGeneration : Self.generation(after: expectedGeneration))
    }

    /// Reads the live table and plans the apply of `target` over it; refuses a table Sluice did
    /// not create, except the unmarked one with `adopting` as its handle, which the plan replaces
    /// (`ApplyPlanner.adoption`).
    func planFromKernel(_ target: Ruleset, adopting: UInt64? = nil) throws -> ApplyPlan {
        try consistently("plan the apply of table inet \(target.table)") {
            let generation = try self.generation()
            let info = try tableInfo(target.table)
            let live = try readTable(target.table)
            var plan: ApplyPlan
            if let info, let live, let adopting, info.handle == adopting, !info.isMarked {
                plan = try ApplyPlanner.adoption(live: live, target: target, handle: adopting, generation: generation)
            } else {
                if let info, !info.isMarked { throw KernelError.notOwned(table: target.table) }
                plan = try ApplyPlanner.plan(live: live, target: target, generation: generation)
            }
            plan.basis = live == nil ? .absent : .kernel
            plan.ownership = ApplyPlan.OwnershipCheck(generation: generation, handle: info?.handle)
            return plan
        }
    }
}
