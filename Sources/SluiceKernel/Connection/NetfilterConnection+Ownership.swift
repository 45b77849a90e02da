import SluiceCompiler
import SluiceLanguage
import Synchronization

/// How Sluice makes sure it changes only tables it created (they carry `TableMark`).
///
/// Every write is one batch whose BEGIN carries NFNL_BATCH_GENID: the generation read *before*
/// the table was read and found marked (or absent). The kernel commits the batch only if nothing
/// at all was committed since that generation, so the table the batch changes is the one that was
/// checked. If anyone deleted it and made another under the same name in between, the kernel
/// refuses the whole batch with ERESTART (`KernelError.generationChanged`) and changes nothing.
///
/// Runtime operations (the watcher's containment and restores, `sluice isolate/block/release`,
/// a learned address per DNS answer) run often, so a connection remembers per table the
/// generation at which it last found the table Sluice's, and the table's handle (`VerifiedTable`).
/// A write then costs one GETGEN on top of its batch while the generation has not moved: nothing
/// was committed since the check, so the table is still the one checked. When it has moved, the
/// table is read again (one GETTABLE): the same handle is the same table (handles are never
/// reused within a namespace, and a table's user data never changes), a new one is checked for
/// the mark. After its own commit at generation G the connection knows the ruleset is at G + 1
/// and carries the check over; its next runtime write is sent at G + 1 without asking
/// (`committedHere`), and if anyone committed in between the kernel refuses that batch whole
/// (ERESTART) and the write checks and sends again. Only a batch certain to change something
/// (learned addresses, whose expiry the kernel updates even over an element already there) is
/// carried over: one that may change nothing leaves the kernel at G, where a single commit by
/// anyone else (a table deleted and a look-alike made, in one transaction) would reach G + 1 and
/// pass for ours, so after it the table is checked again (`committedInside`).
///
/// The runtime sets' definitions read at the verified generation are kept with it
/// (`runtimeSets`): a definition changes only by a commit, and a commit by anyone else moves the
/// generation past the verified one, which drops them. So a stream of writes to one table (one
/// per DNS answer) costs its batch alone, and still changes only the table that was checked.
///
/// Reads that reset (GETOBJ_RESET, GETSETELEM_RESET) are not transactions and cannot carry a
/// generation: the kernel has no conditional reset. They are checked before, as a write is, and
/// after: when the generation moved and the name now stands for another handle, the reset may
/// have hit that other table, so its values are discarded (`KernelError.tableReplaced`). The
/// window is the few microseconds between two requests on one socket.
extension NetfilterConnection {
    /// A table this connection found Sluice's: at which generation, and its handle.
    struct VerifiedTable {
        var generation: UInt32
        var handle: UInt64
        /// The runtime sets' definitions as read at `generation`, by name.
        var runtimeSets: [String: NFTSet] = [:]
        /// Whether this connection's own commit brought the ruleset to `generation`, so that it is
        /// known without a GETGEN (the kernel still refuses a batch sent with it if it is stale).
        var committedHere = false
        /// The generation that commit was sent at: the kernel stays there when the commit changed
        /// nothing.
        var committedFrom: UInt32?
        /// Names this check and the run of this connection's own commits carried over from it:
        /// unique in the process, so that a new check (someone else committed) is never taken
        /// for the old one (see `runtimeLineage(of:)`).
        var lineage = VerifiedTable.nextLineage()

        private static let lineages = Mutex<UInt64>(0)
        static func nextLineage() -> UInt64 {
            lineages.withLock { $0 += 1; return $0 }
        }
    }

    /// The generation after a commit at `generation` (the kernel skips 0).
    static func generation(after generation: UInt32) -> UInt32 {
        generation &+ 1 == 0 ? 1 : generation &+ 1
    }

    /// The current generation, at which `table` exists and is Sluice's; a batch sent with it
    /// changes that table or nothing. Throws `notOwned` for a table Sluice did not create and
    /// `noSuchTable` when there is none.
    func ownedGeneration(of table: String) throws -> UInt32 {
        let generation = try self.generation()
        let known = verifiedTables[table]
        if known?.generation == generation { return generation }
        if let known, known.committedHere, known.committedFrom == generation {
            // Our own last commit changed nothing: still nobody committed since the check. A new
            // lineage all the same: what that commit meant to write is not in the kernel.
            verifiedTables[table] = VerifiedTable(generation: generation, handle: known.handle, runtimeSets: known.runtimeSets)
            return generation
        }
        verifiedTables[table] = nil
        guard let info = try tableInfo(table) else { throw KernelError.noSuchTable(table) }
        guard info.handle == known?.handle || info.isMarked else { throw KernelError.notOwned(table: table) }
        verifiedTables[table] = VerifiedTable(generation: generation, handle: info.handle)
        return generation
    }

    /// Sends a transaction at a generation `check` read before it checked the table (and returns
    /// with what it found): with `expected`, only at that generation; without, checks and sends
    /// again (at most three times in all) when someone else's commit in between makes the kernel
    /// refuse it.
    func atCheckedGeneration<Found, Result>(expected: UInt32?, check: () throws -> (UInt32, Found),
                                            _ send: (UInt32, Found) throws -> Result) throws -> Result {
        var attemptsLeft = 3
        while true {
            attemptsLeft -= 1
            let (generation, found) = try check()
            if let expected, expected != generation { throw KernelError.generationChanged(expected: expected) }
            do {
                return try send(generation, found)
            } catch KernelError.generationChanged where expected == nil && attemptsLeft > 0 {
                continue
            }
        }
    }

    /// Notes that this connection committed a batch sent with `generation` that left the table
    /// itself alone (runtime changes inside it). Only a batch `certain` to change something is
    /// carried over: one that may change nothing (an element added again as it was, a missing one
    /// destroyed) leaves the kernel at `generation`, and a single commit by anyone else then
    /// brings it to the very generation we would expect, with the table perhaps replaced. After
    /// such a batch the table is checked again before the next write.
    func committedInside(table: String, at generation: UInt32, certain: Bool) {
        guard certain else {
            verifiedTables[table] = nil
            return
        }
        guard var known = verifiedTables[table], known.generation == generation else { return }
        // Runtime changes leave every definition as it was: they stay known at the next generation.
        known.generation = Self.generation(after: generation)
        known.committedHere = true
        known.committedFrom = generation
        verifiedTables[table] = known
    }

    /// Runs a read-and-reset of `table`: only on Sluice's table, and its result only when the
    /// table was the same one throughout (see above).
    func ownedReset<T>(table: String, operation: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
        let before = try ownedGeneration(of: table)
        let handle = verifiedTables[table]?.handle
        let result = try body()
        if try generation() == before { return result }
        guard let info = try tableInfo(table), info.handle == handle else {
            verifiedTables[table] = nil
            throw KernelError.tableReplaced(table: table, operation: operation())
        }
        return result
    }

    /// Whether an unmarked table is the one Sluice applied last, before its tables carried the
    /// mark: its picture of the table (`AppliedStateCache`) names this very table (same boot,
    /// namespace and handle), or, from an earlier boot (a ruleset saved and restored with nft),
    /// has the live table's structure: the same sets, objects, chains and rules.
    func isSluicesUnmarked(_ info: TableMessages.Info, table: String, cache: AppliedStateCache) throws -> Bool {
        guard let picture = cache.load(table: table) else { return false }
        if picture.bootID == Self.bootID() && picture.namespaceID == namespaceID && picture.tableHandle == info.handle {
            return true
        }
        let live = try consistently("read table inet \(table) to compare it with Sluice's last apply") {
            () -> Ruleset? in
            guard try tableInfo(table)?.handle == info.handle else { return nil }
            return try structure(of: table)
        }
        guard let live else { return false }
        return try ApplyPlanner.sameStructure(live, picture.ruleset)
    }

    /// Refuses to send `plan` to the table now found under its name unless that table is Sluice's,
    /// or the unmarked one the plan replaces; an absent table is the plan's to create.
    func requireSendable(_ plan: ApplyPlan, to info: TableMessages.Info?) throws {
        try requireOwnedFamilyTables(plan)
        guard let info else { return }
        if let replaced = plan.replacedTable {
            guard info.handle == replaced else {
                throw info.isMarked ? KernelError.generationChanged(expected: plan.generation ?? 0)
                    : KernelError.notOwned(table: plan.table)
            }
            return
        }
        guard info.isMarked else { throw KernelError.notOwned(table: plan.table) }
    }
}
