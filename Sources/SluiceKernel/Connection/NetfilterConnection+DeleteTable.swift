import Glibc
import SluiceCompiler
import SluiceLanguage

extension NetfilterConnection {
    /// Deletes Sluice's table, and with it every object in it and Sluice's `ip`/`ip6` tables of the
    /// same name (`FamilyTable`), in one transaction; a table that is
    /// not there is not an error. Used when a rollback goes back to "no Sluice table at all"
    /// (the first apply was not confirmed). With `expectedGeneration`, refused if anything
    /// committed since (`KernelError.generationChanged`).
    ///
    /// Only Sluice's own table is deleted: one it did not create is refused
    /// (`KernelError.notOwned`), and the transaction names the table by the handle that was
    /// checked and carries the generation it was checked at (see `NetfilterConnection+Ownership`).
    /// With `adoptUnmarked` (the caller's history says it applied this table last), an unmarked
    /// table that Sluice's picture identifies as the one it applied is deleted too.
    public func deleteTable(_ name: String, expectedGeneration: UInt32? = nil, cache: AppliedStateCache? = nil,
                            adoptUnmarked: Bool = false) throws {
        let cache = cache ?? ownPicture
        try atCheckedGeneration(expected: expectedGeneration, check: {
            let generation = try self.generation()
            let info = try tableInfo(name)
            if let info, !info.isMarked {
                guard adoptUnmarked, try isSluicesUnmarked(info, table: name, cache: cache) else {
                    throw KernelError.notOwned(table: name)
                }
            }
            // Sluice's `ip`/`ip6` tables of the name go with it; someone else's stay.
            let families = try familyTables(of: name).filter(\.isMarked)
            return (generation, (info, families))
        }) { generation, found in
            let (info, families) = found
            cache.forget(table: name)
            verifiedTables[name] = nil
            guard info != nil || !families.isEmpty else { return }
            var batch = KernelBatch(firstSequence: socket.sequence, generation: generation)
            if let info { TableMessages.delete(name, handle: info.handle, to: &batch) }
            for family in families {
                TableMessages.delete(name, handle: family.handle, family: FamilyTableMessages.family(family.table.family), to: &batch)
            }
            do {
                try run(&batch, commit: true)
            } catch KernelError.refused(let refusals) where refusals.allSatisfy({ $0.errno == ENOENT }) {
                return
            }
        }
    }
}
