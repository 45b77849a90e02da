import SluiceSystem

extension StoreError {
    /// Runs the system calls of `operation`; a failed one becomes a `StoreError` naming the
    /// operation, the call's file and the call (`cannot prepare the state directory (PATH): open:
    /// Not a directory (errno 20)`).
    @discardableResult
    static func during<T>(_ operation: String, _ body: () throws(SystemError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError(operation: operation, path: error.path ?? "",
                             reason: .system(call: error.operation, errno: error.errno))
        }
    }
}
