/// Every path Sluice keeps in its state directory, named in one place. Other targets ask the
/// layout for a path rather than building one, so the directory's shape is this file.
public struct StateLayout: Hashable, Sendable {
    /// Where the state lives unless `--state-dir` says otherwise.
    public static let defaultDirectory = "/var/lib/sluice"

    /// The state directory.
    public let directory: String

    /// The layout of `directory`.
    public init(directory: String = StateLayout.defaultDirectory) {
        self.directory = directory
    }

    /// The SQLite database: versions, compiled policies, usage, containments, incidents, marks.
    public var database: String { directory + "/sluice.db" }

    /// The lock that serializes opening (creating, migrating) the database.
    var databaseSetupLock: String { database + "-lock" }

    /// Where the kernel backend keeps its picture of each table after an apply.
    public var appliedPictures: String { directory + "/applied" }

    /// Where `sluice apply` keeps what it compiled (`CompileCache`): parsed statements and the
    /// last build of each policy, so an unchanged policy is not parsed and compiled again.
    public var compileCache: String { directory + "/compile-cache" }

    /// The apply lock of a table.
    public func applyLock(table: String) throws(StoreError) -> String {
        try path(table, "", ".lock", operation: "name the apply lock")
    }

    /// The lock a table's watcher holds while it runs.
    public func watcherLock(table: String) throws(StoreError) -> String {
        try path(table, "watch-", ".lock", operation: "name the watcher lock")
    }

    /// What the detached confirmation timer of a table writes (its output and errors).
    public func confirmationLog(table: String) throws(StoreError) -> String {
        try path(table, "confirm-", ".log", operation: "name the confirmation log")
    }

    /// Where Sluice 0.1's watcher kept its window marks; read once, then removed.
    func legacyWindowMarks(table: String) throws(StoreError) -> String {
        try path(table, "watch-marks-", ".json", operation: "name the window marks file")
    }

    private func path(_ table: String, _ prefix: String, _ suffix: String, operation: String) throws(StoreError) -> String {
        let path = directory + "/" + prefix + table + suffix
        try TableName.validate(table, operation: operation, path: path)
        return path
    }
}
