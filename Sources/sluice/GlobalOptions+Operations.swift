import SluiceOperations

extension GlobalOptions {
    /// The table's operations, after settling what earlier commands left undone (an interrupted
    /// apply, a confirmation deadline that passed); what was found is told on standard error.
    func operations() throws(OperationError) -> TableOperations {
        let operations = try TableOperations(table: table, stateDirectory: stateDirectory)
        for notice in operations.reconcile() { Output.err("warning: \(notice)\n") }
        return operations
    }
}
