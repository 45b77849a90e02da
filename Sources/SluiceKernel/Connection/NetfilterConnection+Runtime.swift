import Glibc
import SluiceCompiler

/// The watcher's operations on the live table: containment elements, usage reads, resets and
/// restores. Each is one transaction on one named table.
extension NetfilterConnection {
    /// One set's definition, without elements.
    func setDefinition(table: String, name: String) throws -> NFTSet {
        var found: NFTSet?
        do {
            try request(NFT.getSet, family: NFT.familyINet, operation: "read set \(name) of table inet \(table)",
                        build: { w in
                            w.putString(NFT.setTable, table)
                            w.putString(NFT.setName, name)
                        }) { message in
                if let decoded = try SetMessages.decode(message, table: table) { found = decoded.set }
            }
        } catch KernelError.system(_, ENOENT) {
            throw KernelError.noSuchSet(table: table, set: name)
        }
        guard let found else { throw KernelError.noSuchSet(table: table, set: name) }
        return found
    }

    /// Adds elements to a set in one transaction: containment hosts with a timeout (`timeout`, in
    /// ms) and a comment, or per-host quota elements with their `quotaUsed`. An element that is
    /// already there is left as it is (its counters and quota are kept).
    /// With `cache`, a current stored picture stays current (see `AppliedStateCache`).
    public func addElements(_ elements: [SetElement], table: String, set name: String,
                            expectedGeneration: UInt32? = nil, cache: AppliedStateCache? = nil) throws {
        guard !elements.isEmpty else { return }
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: expectedGeneration) { batch in
            let set = try runtimeSet(table: table, name: name, at: batch.expectedGeneration)
            try ElementEncoder.production.append(.add, elements, of: set, table: table, setID: nil, firstSegment: false, to: &batch)
        }
    }

    /// Adds elements to several runtime sets in one transaction (a DNS answer's addresses, for
    /// each learned set they go to): all are admitted together, or none is.
    public func addElements(_ bySet: [(set: String, elements: [SetElement])], table: String,
                            cache: AppliedStateCache? = nil) throws {
        let nonEmpty = bySet.filter { !$0.elements.isEmpty }
        guard !nonEmpty.isEmpty else { return }
        // Elements with an expiry (learned addresses) are updated even when already there, so
        // such a batch always commits a change.
        let certain = nonEmpty.allSatisfy { $0.elements.allSatisfy { $0.expires != nil } }
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: nil, certainChange: certain) { batch in
            for (name, elements) in nonEmpty {
                let set = try runtimeSet(table: table, name: name, at: batch.expectedGeneration)
                try ElementEncoder.production.append(.add, elements, of: set, table: table, setID: nil, firstSegment: false,
                                                     to: &batch)
            }
        }
    }

    /// The lineage of this connection's last runtime commit on `table` (no request is made): it
    /// stays the same over the connection's later commits as long as nobody else commits in
    /// between, and is new once anyone did. Nil before such a commit.
    public func runtimeLineage(of table: String) -> UInt64? {
        guard let known = verifiedTables[table], known.committedHere else { return nil }
        return known.lineage
    }

    /// `runtimeLineage(of:)` if nobody else has committed since this connection's last runtime
    /// commit on `table` (one GETGEN: the kernel is still at the generation that commit left), so
    /// that what it wrote is still there but for what expired; nil otherwise. Only for a caller
    /// whose commits always change something (an element added with an expiry is an update the
    /// kernel commits): after a commit that changed nothing, one commit by someone else would
    /// bring the kernel to the same generation.
    ///
    /// With a `follower` subscribed before that commit, the kernel's own notices answer
    /// without a request while they can (see `GenerationFollower`).
    public func standingRuntimeLineage(of table: String, following follower: GenerationFollower? = nil) throws -> UInt64? {
        guard let known = verifiedTables[table], known.committedHere else { return nil }
        if let seen = follower?.current() { return seen == known.generation ? known.lineage : nil }
        let generation = try generation()
        follower?.settle(generation)
        return generation == known.generation ? known.lineage : nil
    }

    /// A set whose elements belong to the running system. The watcher's operations only ever
    /// change those; a policy set changed behind an apply's back would break its picture.
    /// Read inside the runtime transaction's build, after the table was found Sluice's at
    /// `generation` (the batch's), or taken from what was read at that same generation (see
    /// `VerifiedTable.runtimeSets`).
    private func runtimeSet(table: String, name: String, at generation: UInt32?) throws -> NFTSet {
        if let generation, let known = verifiedTables[table], known.generation == generation,
           let set = known.runtimeSets[name] {
            return set
        }
        let set = try setDefinition(table: table, name: name)
        guard set.runtimeElements else {
            throw KernelError.unsupported("set \(set.name) of table \(table) holds policy elements, which only an apply changes")
        }
        if let generation, verifiedTables[table]?.generation == generation { verifiedTables[table]?.runtimeSets[name] = set }
        return set
    }

    /// Deletes elements from a set in one transaction; with `ignoreMissing`, elements that are
    /// already gone (expired, released before) are not an error (kernel 6.3, DESTROYSETELEM).
    public func deleteElements(_ elements: [SetElement], table: String, set name: String,
                               ignoreMissing: Bool = true, expectedGeneration: UInt32? = nil,
                               cache: AppliedStateCache? = nil) throws {
        guard !elements.isEmpty else { return }
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: expectedGeneration) { batch in
            let set = try runtimeSet(table: table, name: name, at: batch.expectedGeneration)
            try ElementEncoder.production.append(ignoreMissing ? .destroy : .delete, elements, of: set, table: table, setID: nil,
                                       firstSegment: false, to: &batch)
        }
    }

    /// The element with `key` in runtime set `name` (a containment set) as the kernel holds it now,
    /// or nil when the set lacks it. Only on Sluice's own table: another one is refused before
    /// anything of it is read.
    public func runtimeElement(_ key: ElementKey, table: String, set name: String) throws -> SetElement? {
        try runtimeElements(table: table, set: name).first { $0.key == key }
    }

    /// Every element of runtime set `name` as the kernel holds it now (one dump), for a caller
    /// that asks about many keys. Only on Sluice's own table, as `runtimeElement`.
    public func runtimeElements(table: String, set name: String) throws -> [SetElement] {
        let generation = try ownedGeneration(of: table)
        return try elements(table: table, of: try runtimeSet(table: table, name: name, at: generation))
    }

    /// Puts elements in a set in place of the ones with the same keys, in one transaction (the
    /// kernel keeps an element's first timeout, so a longer containment replaces the element):
    /// the set is never without them in between.
    public func replaceElements(_ elements: [SetElement], table: String, set name: String,
                                cache: AppliedStateCache? = nil) throws {
        guard !elements.isEmpty else { return }
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: nil, certainChange: true) { batch in
            let set = try runtimeSet(table: table, name: name, at: batch.expectedGeneration)
            let keys = elements.map { SetElement($0.key) }
            try ElementEncoder.production.append(.destroy, keys, of: set, table: table, setID: nil, firstSegment: false, to: &batch)
            try ElementEncoder.production.append(.add, elements, of: set, table: table, setID: nil, firstSegment: false, to: &batch)
        }
    }

    /// Reads a set's elements and resets their counters and quotas in one step (kernel 6.5,
    /// GETSETELEM_RESET): the kernel subtracts exactly what it returns, so no packet counted in
    /// between is lost.
    /// Only on Sluice's own table (see `ownedReset`).
    public func readAndResetElements(table: String, set name: String) throws -> [SetElement] {
        try ownedReset(table: table, operation: "read and reset the elements of set \(name) in table inet \(table)") {
            let set = try setDefinition(table: table, name: name)
            return try elements(table: table, of: set, reset: true)
        }
    }

    /// The table's objects of `type`; a reset only on Sluice's own table (see `ownedReset`).
    private func ownedObjects(table: String, name: String? = nil, type: UInt32, reset: Bool) throws -> [ObjectMessages.Object] {
        guard reset else { return try objects(table: table, name: name, type: type, reset: false) }
        return try ownedReset(table: table, operation: "read and reset the objects of table inet \(table)") {
            try objects(table: table, name: name, type: type, reset: true)
        }
    }

    /// The table's quota objects with their used bytes; with `reset`, read and reset in one step
    /// (GETOBJ_RESET: the kernel subtracts exactly what it returned), only on Sluice's own table.
    public func readQuotas(table: String, reset: Bool = false) throws -> [QuotaObject] {
        try ownedObjects(table: table, type: NFT.objectQuota, reset: reset).compactMap {
            if case .quota(let q, _) = $0 { return q }
            return nil
        }
    }

    /// One quota object; with `reset`, read and reset in one step.
    public func readQuota(table: String, name: String, reset: Bool = false) throws -> QuotaObject {
        for case .quota(let q, _) in try ownedObjects(table: table, name: name, type: NFT.objectQuota, reset: reset) {
            return q
        }
        throw KernelError.noSuchObject(table: table, name: name)
    }

    /// The table's counter objects; with `reset`, read and reset in one step.
    public func readCounters(table: String, reset: Bool = false) throws -> [CounterObject] {
        try ownedObjects(table: table, type: NFT.objectCounter, reset: reset).compactMap {
            if case .counter(let c) = $0 { return c }
            return nil
        }
    }

    /// Puts per-host usage back into a dynamic quota set (after a watcher restart, say): each
    /// element is deleted (if present) and re-added with its `quotaUsed` (clamped to the set's
    /// limit) and timeout, all in one transaction, so the host is never briefly without a budget.
    public func restoreElementUsage(_ elements: [SetElement], table: String, set name: String,
                                    expectedGeneration: UInt32? = nil, cache: AppliedStateCache? = nil) throws {
        try replaceQuotaElements([name: elements], table: table, expectedGeneration: expectedGeneration, cache: cache)
    }

    /// Replaces elements of several dynamic quota sets in ONE transaction: each element is deleted
    /// (if present) and re-added with its `quotaUsed` and `quotaLimit` (an element's own limit
    /// cannot be changed in place). The watcher writes every host's learned limit this way at a
    /// window start, so no host is ever briefly without a budget and the kernel sees one commit.
    public func replaceQuotaElements(_ elements: [String: [SetElement]], table: String,
                                     expectedGeneration: UInt32? = nil, cache: AppliedStateCache? = nil) throws {
        let sets = elements.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard !sets.isEmpty else { return }
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: expectedGeneration) { batch in
            for (name, members) in sets {
                let set = try setDefinition(table: table, name: name)
                guard case .quotaOver? = set.stateful else {
                    throw KernelError.unsupported("set \(name) has no per-element quota to restore")
                }
                try ElementEncoder.production.append(.destroy, members, of: set, table: table, setID: nil, firstSegment: false, to: &batch)
                try ElementEncoder.production.append(.add, members, of: set, table: table, setID: nil, firstSegment: false, to: &batch)
            }
        }
    }

    /// Puts a named quota's used bytes back. The kernel's update path cannot set consumed bytes,
    /// so the quota is recreated in one transaction: the chains that use it are flushed, the quota
    /// deleted and re-added with `used` (clamped to its limit), and the chains' rules re-added in
    /// order. Returns the plan it applied.
    /// With `cache`, a current stored picture stays current: the quota's used bytes are not part
    /// of it.
    @discardableResult
    public func restoreQuotaUsage(table: String, name: String, used: UInt64,
                                  cache: AppliedStateCache? = nil) throws -> ApplyPlan {
        // Sluice's table or nothing, before anything is read from it (commitRuntime checks again
        // at the generation the plan is sent with).
        _ = try ownedGeneration(of: table)
        let (picture, generation) = try consistently("read table inet \(table) to restore quota \(name)") {
            () -> (Ruleset, UInt32) in
            let generation = try self.generation()
            guard try tableInfo(table) != nil else { throw KernelError.noSuchTable(table) }
            // Definitions only: nothing but the quota and its chains changes, so elements need
            // not be read.
            return (try structure(of: table), generation)
        }
        guard let index = picture.quotas.firstIndex(where: { $0.name == name }) else {
            throw KernelError.noSuchObject(table: table, name: name)
        }
        var target = picture
        target.quotas[index].used = used
        var options = ApplyPlanner.Options()
        options.recreateQuotas = [name]
        options.unknownElements = Set(picture.sets.map(\.name))
        let plan = try ApplyPlanner.plan(live: picture, target: target, generation: generation, options: options)
        try commitRuntime(table: table, cache: cache ?? ownPicture, expectedGeneration: generation) { batch in
            try plan.append(to: &batch)
        }
        return plan
    }
}
