import Foundation
import GRDB
import SluiceSystem

/// The state directory of Sluice: applied versions, pending confirmations, quota usage,
/// containments and incidents, in one SQLite database (`sluice.db`, WAL mode).
///
/// Several processes use it at once (the CLI, the watcher, the confirm timer). Each write is one
/// `BEGIN IMMEDIATE` transaction that waits up to the busy timeout for the others, and opening
/// (creation and migration) is serialized by an `flock` on `sluice.db-lock`. Every record is keyed
/// by the Sluice table name, since `--table NAME` lets one machine run several tables.
public final class SluiceStore: Sendable {
    /// Where the state lives unless `--state-dir` says otherwise.
    public static let defaultDirectory = StateLayout.defaultDirectory

    /// Every path in the state directory.
    public let layout: StateLayout
    /// The state directory.
    public var directory: String { layout.directory }
    /// The database file.
    public let databasePath: String
    let pool: DatabasePool

    /// Opens the store in `directory`, creating the directory (mode 0700) and the database if
    /// missing and migrating the schema; refuses an insecure directory or a newer schema.
    public init(directory: String = SluiceStore.defaultDirectory, busyTimeout: Duration = .seconds(10)) throws(StoreError) {
        let layout = StateLayout(directory: directory)
        let databasePath = layout.database
        let operation = "open the database"
        try StateDirectory.prepare(directory)
        // Two processes opening a fresh directory at once must not both run the first migration.
        let setupLock = try LockFile.acquire(path: layout.databaseSetupLock, timeout: busyTimeout, operation: operation)
        defer { setupLock.release() }
        // Created here rather than by SQLite so it is 0600 whatever the umask; SQLite gives the
        // -wal and -shm files the database's mode.
        try StateDirectory.createPrivateFile(databasePath, operation: operation)

        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout.secondsValue)
        configuration.foreignKeysEnabled = true
        configuration.label = "sluice"
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: databasePath, configuration: configuration)
            let migrator = StoreSchema.migrator
            let unknown = try pool.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            }
            if !unknown.isEmpty {
                throw StoreError(operation: operation, path: databasePath,
                                 reason: .schemaTooNew(unknownMigrations: unknown.sorted()))
            }
            try migrator.migrate(pool)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
        self.layout = layout
        self.databasePath = databasePath
        self.pool = pool
    }

    /// Opens the store for reading only, creating and changing nothing, not even SQLite's shared
    /// memory file: for a containment when the state directory cannot be opened for writing (a
    /// read-only or full disk), so the host is contained in the kernel all the same. It reads the
    /// database file as SQLite last checkpointed it (`immutable`): what an unclean exit left in
    /// the write-ahead log is not seen. Every write fails.
    public init(readingOnly directory: String, busyTimeout: Duration = .seconds(10)) throws(StoreError) {
        let layout = StateLayout(directory: directory)
        let databasePath = layout.database
        let operation = "open the database for reading"
        try StateDirectory.vet(directory)
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw StoreError(operation: operation, path: databasePath, reason: .system(call: "open", errno: ENOENT))
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout.secondsValue)
        configuration.label = "sluice-readonly"
        let uri = "file:" + (databasePath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? databasePath) + "?immutable=1"
        do {
            pool = try DatabasePool(path: uri, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
        self.layout = layout
        self.databasePath = databasePath
    }

    /// The directory of the kernel backend's pictures of applied tables, made private when
    /// missing; nil when someone else could write it (a planted picture could hide a change from
    /// the next apply's plan), and the pictures are then not used.
    public var privateAppliedPictures: String? {
        StateDirectory.privateSubdirectory(layout.appliedPictures)
    }

    /// Closes the database connections now rather than at deinit.
    public func close() throws(StoreError) {
        do {
            try pool.close()
        } catch {
            throw StoreError.wrapping(error, operation: "close the database", path: databasePath)
        }
    }

    /// The identifiers of the schema migrations applied to the database, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read("read the schema version") { db in
            let applied = try StoreSchema.migrator.appliedIdentifiers(db)
            return StoreSchema.migrator.migrations.filter { applied.contains($0) }
        }
    }
}
