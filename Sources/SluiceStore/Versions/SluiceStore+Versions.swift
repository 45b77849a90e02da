import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage

extension SluiceStore {
    /// Records an applied version with its sources and compiled policy; with `makeLive` (the
    /// default) it becomes the table's live version in the same transaction. Both are kept in
    /// content-addressed chunks (`PreparedVersion`): what an earlier version already stored is not
    /// written again, and the compiled policy is stored once however many versions apply it. Pass
    /// `prepared` when the caller already has it, to skip preparing it again.
    ///
    /// With `deferringCheckpoint`, the commit does not copy the write-ahead log into the database
    /// even when the version made it large (a large policy's first version is several MB): the
    /// caller runs `checkpoint()` where nothing waits for it (`sluice apply`: on the other core
    /// while the kernel commits).
    @discardableResult
    public func recordVersion(table: String, hash: String, message: String, kind: VersionKind = .apply,
                              rolledBackTo: Int64? = nil, sources: [SourceFile], compiled: CompiledPolicy,
                              prepared: PreparedVersion? = nil, user: String = StoreUser.current(), at time: Date = Date(),
                              makeLive: Bool = true, intended: Bool = false, confirmation: IntendedConfirmation? = nil,
                              deferringCheckpoint: Bool = false) throws(StoreError) -> AppliedVersion {
        let operation = "record a version"
        guard (kind == .apply) == (rolledBackTo == nil) else {
            throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument(
                kind == .apply ? "an apply does not roll back to a version" : "a \(kind.rawValue) needs the version it restored"))
        }
        guard confirmation == nil || (intended && makeLive) else {
            throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument(
                "a confirmation is pending only from an intended version's commit (markApplied)"))
        }
        // Prepared before the transaction: a large policy takes a while and must not hold the write lock.
        let version: PreparedVersion
        if let prepared {
            version = prepared
        } else {
            do {
                version = try PreparedVersion(sources: sources, compiled: compiled)
            } catch {
                throw StoreError(operation: operation, path: databasePath, reason: .encoding("\(error)"))
            }
        }
        return try write(operation, deferringCheckpoint: deferringCheckpoint) { db in
            for target in [rolledBackTo, confirmation?.rollbackTo].compactMap({ $0 }) {
                guard try Self.versionTable(db, id: target) == table else {
                    throw StoreError(operation: operation, path: databasePath,
                                     reason: .notFound("version \(target) of table \(table)"))
                }
            }
            try Self.storeChunks(db, version.chunks)
            let sha256 = try Self.storeCompiled(db, version, at: time)
            try db.execute(sql: """
                INSERT INTO version (table_name, created_ms, user, hash, message, kind, rolled_back_to,
                                     compiled_encoding, compiled, compiled_size, compiled_sha256, intended,
                                     confirm_window_ms, confirm_rollback_to)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ref', x'', ?, ?, ?, ?, ?)
                """, arguments: [table, StoreTime.milliseconds(time), user, hash, message, kind.rawValue, rolledBackTo,
                                 version.compiledSize, sha256, intended, confirmation?.windowMilliseconds,
                                 confirmation?.rollbackTo])
            let id = db.lastInsertedRowID
            try Self.storeSources(db, version.sources, versionID: id)
            if makeLive && !intended {
                try Self.setLive(db, table: table, id: id)
            }
            return AppliedVersion(id: id, table: table, time: StoreTime.normalized(time), user: user, hash: hash, message: message,
                                  kind: kind, rolledBackTo: rolledBackTo, isLive: makeLive && !intended,
                                  storedSize: version.compiledSize)
        }
    }

    /// The table's versions, newest first, each saying whether it is live.
    public func versions(table: String, limit: Int? = nil) throws(StoreError) -> [AppliedVersion] {
        let operation = "list versions"
        let rows = try read(operation) { db in
            try Row.fetchAll(db, sql: Self.versionSelect + " WHERE v.table_name = ? AND v.intended = 0 ORDER BY v.id DESC LIMIT ?",
                             arguments: [table, limit ?? -1])
        }
        var out: [AppliedVersion] = []
        for row in rows { out.append(try appliedVersion(row, operation: operation)) }
        return out
    }

    /// One version of the table, or nil if the table has no version with that id.
    public func version(id: Int64, table: String) throws(StoreError) -> AppliedVersion? {
        let operation = "read version \(id)"
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: Self.versionSelect + " WHERE v.table_name = ? AND v.id = ? AND v.intended = 0",
                             arguments: [table, id])
        }
        return try row.map { (row) throws(StoreError) in try appliedVersion(row, operation: operation) }
    }

    /// The version the kernel table runs, as last recorded.
    public func liveVersion(table: String) throws(StoreError) -> AppliedVersion? {
        let operation = "read the live version"
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: Self.versionSelect + """
                 WHERE v.table_name = ? AND v.id = (SELECT version_id FROM live_version WHERE table_name = ?)
                """, arguments: [table, table])
        }
        return try row.map { (row) throws(StoreError) in try appliedVersion(row, operation: operation) }
    }

    /// The newest version recorded before the live one: what `sluice rollback` restores by default.
    public func versionBeforeLive(table: String) throws(StoreError) -> AppliedVersion? {
        let operation = "read the version before the live one"
        let row = try read(operation) { db in
            try Row.fetchOne(db, sql: Self.versionSelect + """
                 WHERE v.table_name = ? AND v.intended = 0
                   AND v.id < (SELECT version_id FROM live_version WHERE table_name = ?)
                 ORDER BY v.id DESC LIMIT 1
                """, arguments: [table, table])
        }
        return try row.map { (row) throws(StoreError) in try appliedVersion(row, operation: operation) }
    }

    /// Marks an existing version of the table live (after a kernel apply that was recorded with
    /// `makeLive: false`).
    public func setLiveVersion(id: Int64, table: String) throws(StoreError) {
        let operation = "mark version \(id) live"
        try write(operation) { db in
            guard try Self.versionTable(db, id: id) == table else {
                throw StoreError(operation: operation, path: databasePath,
                                 reason: .notFound("version \(id) of table \(table)"))
            }
            try Self.setLive(db, table: table, id: id)
        }
    }

    /// Deletes the table's oldest versions beyond the newest `keepingNewest`, never the live one
    /// nor one a pending confirmation names; returns how many were deleted.
    @discardableResult
    public func pruneVersions(table: String, keepingNewest count: Int) throws(StoreError) -> Int {
        let operation = "prune versions"
        guard count >= 0 else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("cannot keep \(count) versions"))
        }
        return try write(operation) { db in
            try db.execute(sql: """
                DELETE FROM version
                WHERE table_name = ?
                  AND id NOT IN (SELECT id FROM version WHERE table_name = ? ORDER BY id DESC LIMIT ?)
                  AND id NOT IN (SELECT version_id FROM live_version)
                  AND id NOT IN (SELECT version_id FROM pending_confirmation)
                  AND id NOT IN (SELECT rollback_to FROM pending_confirmation WHERE rollback_to IS NOT NULL)
                """, arguments: [table, table, count])
            let deleted = db.changesCount
            try Self.pruneCompiled(db)
            try Self.pruneChunks(db)
            return deleted
        }
    }

    // MARK: - Rows

    static let versionSelect = """
        SELECT v.id, v.table_name, v.created_ms, v.user, v.hash, v.message, v.kind, v.rolled_back_to,
               v.compiled_size, (l.version_id IS NOT NULL) AS is_live
        FROM version v LEFT JOIN live_version l ON l.table_name = v.table_name AND l.version_id = v.id
        """

    func appliedVersion(_ row: Row, operation: String) throws(StoreError) -> AppliedVersion {
        let kind: VersionKind = try enumValue(row, "kind", operation: operation)
        do {
            return AppliedVersion(
                id: try row.decode(forColumn: "id"), table: try row.decode(forColumn: "table_name"),
                time: StoreTime.date(try row.decode(forColumn: "created_ms")), user: try row.decode(forColumn: "user"),
                hash: try row.decode(forColumn: "hash"), message: try row.decode(forColumn: "message"),
                kind: kind, rolledBackTo: try row.decode(forColumn: "rolled_back_to"),
                isLive: try row.decode(forColumn: "is_live"), storedSize: try row.decode(forColumn: "compiled_size"))
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: databasePath)
        }
    }

    /// The table a version belongs to, or nil when there is no such version.
    static func versionTable(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT table_name FROM version WHERE id = ?", arguments: [id])
    }

    static func setLive(_ db: Database, table: String, id: Int64) throws {
        try db.execute(sql: """
            INSERT INTO live_version (table_name, version_id) VALUES (?, ?)
            ON CONFLICT (table_name) DO UPDATE SET version_id = excluded.version_id
            """, arguments: [table, id])
    }
}
