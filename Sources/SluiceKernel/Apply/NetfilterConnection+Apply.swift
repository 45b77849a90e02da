import SluiceCompiler

extension NetfilterConnection {
    /// Sends a plan as one transaction (see `apply(_:expectedGeneration:dryRun:cache:)`).
    func send(_ plan: ApplyPlan, expectedGeneration: UInt32?, dryRun: Bool) throws -> ApplyOutcome {
        guard !plan.isEmpty else {
            return ApplyOutcome(committed: false, messageCount: 0, byteCount: 0, generation: expectedGeneration)
        }
        var batch = KernelBatch(firstSequence: socket.sequence, generation: expectedGeneration,
                                capacity: plan.capacityHint)
        try plan.append(to: &batch)
        try run(&batch, commit: !dryRun)
        var next: UInt32?
        if !dryRun, let expectedGeneration {
            // Every commit moves the generation on by one (skipping 0).
            next = expectedGeneration &+ 1 == 0 ? 1 : expectedGeneration &+ 1
        }
        return ApplyOutcome(committed: !dryRun, messageCount: batch.messageCount, byteCount: batch.byteCount,
                            generation: dryRun ? expectedGeneration : next)
    }

    /// Reads the live table and plans the apply of `target` over it.
    func planFromKernel(_ target: Ruleset) throws -> ApplyPlan {
        try consistently("plan the apply of table inet \(target.table)") {
            let generation = try self.generation()
            let live = try readTable(target.table)
            var plan = try ApplyPlanner.plan(live: live, target: target, generation: generation)
            plan.basis = live == nil ? .absent : .kernel
            return plan
        }
    }
}
