import SluiceOperations
import SluiceStore
import SluiceSystem

extension GlobalOptions {
    /// The table's operations, after settling what earlier commands left undone (an interrupted
    /// apply, a confirmation deadline that passed); what was found is told on standard error.
    func operations() throws(OperationError) -> TableOperations {
        settled(try TableOperations(table: table, stateDirectory: stateDirectory))
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
