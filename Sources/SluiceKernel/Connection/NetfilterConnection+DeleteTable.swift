import Glibc
import SluiceCompiler

extension NetfilterConnection {
    /// Deletes Sluice's table, and with it every object in it, in one transaction; a table that is
    /// not there is not an error. Used when a rollback goes back to "no Sluice table at all"
    /// (the first apply was not confirmed). With `expectedGeneration`, refused if anything
    /// committed since (`KernelError.generationChanged`).
    public func deleteTable(_ name: String, expectedGeneration: UInt32? = nil, cache: AppliedStateCache? = nil) throws {
        (cache ?? ownPicture).forget(table: name)
        guard try tableInfo(name) != nil else { return }
        var batch = KernelBatch(firstSequence: socket.sequence, generation: expectedGeneration)
        TableMessages.delete(name, to: &batch)
        do {
            try run(&batch, commit: true)
        } catch KernelError.refused(let refusals) where refusals.allSatisfy({ $0.errno == ENOENT }) {
            return
        }
    }
}
