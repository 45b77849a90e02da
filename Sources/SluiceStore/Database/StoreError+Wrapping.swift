import GRDB

extension StoreError {
    /// Turns whatever GRDB, SQLite or a decoder threw into a `StoreError` naming the operation and
    /// the file; a `StoreError` passes through unchanged.
    static func wrapping(_ error: any Error, operation: String, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                return StoreError(operation: operation, path: path, reason: .busy)
            }
            return StoreError(operation: operation, path: path, reason: .database(
                code: error.extendedResultCode.rawValue, message: error.message ?? "\(error.resultCode)"))
        }
        if error is DecodingError || error is RowDecodingError {
            return StoreError(operation: operation, path: path, reason: .decoding("\(error)"))
        }
        return StoreError(operation: operation, path: path, reason: .database(code: -1, message: "\(error)"))
    }
}
