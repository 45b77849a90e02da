import SluiceOperations
import SluiceStore
import SluiceSystem

extension GlobalOptions {
    /// The table's operations, after settling what earlier commands left undone (an interrupted
    /// apply, a confirmation deadline that passed); what was found is told on standard error.
    func operations() throws(OperationError) -> TableOperations {
        settled(try TableOperations(table: table, stateDirectory: stateDirectory))
    }

    /// The table's operations for a containment: when the state directory cannot be opened for
    /// writing (a read-only or full disk), on a store opened for reading only, so that the host is
    /// contained in the kernel all the same (access is only ever removed) and the command then
    /// fails saying what is not kept (`containedButNotRecorded`). Nothing is settled then.
    func containmentOperations() throws(OperationError) -> TableOperations {
        do {
            return try operations()
        } catch .store(let error) {
            guard let store = try? SluiceStore(readingOnly: stateDirectory) else {
                throw .store(error)
            }
            Output.err("warning: \(error); containing in the kernel from what the state directory last recorded\n")
            return TableOperations(table: table, store: store)
        }
    }

    /// The state directory, opened on another thread from now on, for a command that has other
    /// work first (`apply` parses and compiles the policy meanwhile). Take it with
    /// `operations(opening:)`.
    func openingStore() -> BackgroundResult<Result<SluiceStore, StoreError>> {
        let directory = stateDirectory
        return BackgroundResult { Result { () throws(StoreError) in try SluiceStore(directory: directory) } }
    }

    /// The table's operations on the store `openingStore()` opened, settled as `operations()` does.
    func operations(opening: BackgroundResult<Result<SluiceStore, StoreError>>) throws(OperationError) -> TableOperations {
        let store: SluiceStore
        do {
            store = try opening.value.get()
        } catch {
            throw .store(error)
        }
        return settled(TableOperations(table: table, store: store))
    }

    private func settled(_ operations: TableOperations) -> TableOperations {
        for notice in operations.reconcile() { Output.err("warning: \(notice)\n") }
        return operations
    }
}
