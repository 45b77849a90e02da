/// A failure of the state directory: what was being done, on which file, and why.
///
/// Every error the store throws is one of these, so the CLI can print one line that names the
/// operation and the file, and map the reason to an exit code.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the store was doing, as a verb phrase: `open the database`, `record a version`.
    public var operation: String
    /// The file or directory involved.
    public var path: String
    /// Why it failed.
    public var reason: Reason

    /// Creates an error.
    public init(operation: String, path: String, reason: Reason) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// One line for the user.
    public var description: String {
        switch reason {
        case .lockHeld:
            // The lead's wording, so scripts and people recognise it.
            return "\(reason) (\(path))"
        default:
            return "cannot \(operation) (\(path)): \(reason)"
        }
    }
}
