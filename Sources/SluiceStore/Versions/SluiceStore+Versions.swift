import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage

extension SluiceStore {
    /// Records an applied version with its sources and compiled policy; with `makeLive` (the
    /// default) it becomes the table's live version in the same transaction. The compiled policy is
    /// stored once however many versions apply it (by the SHA-256 of its encoding); pass `encoded`
    /// when the caller already has it (`CompiledPolicyCodec.encode`), to skip encoding it again.
    @discardableResult
    public func recordVersion(table: String, hash: String, message: String, kind: VersionKind = .apply,
                              rolledBackTo: Int64? = nil, sources: [SourceFile], compiled: CompiledPolicy,
                              encoded: Data? = nil, user: String = StoreUser.current(), at time: Date = Date(),
                              makeLive: Bool = true, intended: Bool = false) throws(StoreError) -> AppliedVersion {
        let operation = "record a version"
        guard (kind == .apply) == (rolledBackTo == nil) else {
            throw StoreError(operation: operation, path: databasePath, reason: .invalidArgument(
                kind == .apply ? "an apply does not roll back to a version" : "a \(kind.rawValue) needs the version it restored"))
        }
        // Encoded before the transaction: a large policy takes a while and must not hold the write lock.
        let blob: Data
        if let encoded {
            blob = encoded
        } else {
            do {
                blob = try CompiledPolicyCodec.encode(compiled)
            } catch {
                throw StoreError(operation: operation, path: databasePath, reason: .encoding("\(error)"))
            }
        }
        return try write(operation) { db in
            if let target = rolledBackTo {
                guard try Self.versionTable(db, id: target) == table else {
                    throw StoreError(operation: operation, path: databasePath,
                                     reason: .notFound("version \(target) of table \(table)"))
                }
            }
            let sha256 = try Self.storeCompiled(db, blob, at: time)
            try db.execute(sql: """
                INSERT INTO version (table_name, created_ms, user, hash, message, kind, rolled_back_to,
                                     compiled_encoding, compiled, compiled_size, compiled_sha256, intended)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'ref', x'', ?, ?, ?)
                """, arguments: [table, StoreTime.milliseconds(time), user, hash, message, kind.rawValue, rolledBackTo,
                                 blob.count, sha256, intended])
            let id = db.lastInsertedRowID
            for (ordinal, source) in sources.enumerated() {
                try db.execute(sql: "INSERT INTO version_source (version_id, ordinal, path, text) VALUES (?, ?, ?, ?)",
                               arguments: [id, ordinal, source.path, source.text])
            }
            if makeLive && !intended {
                try Self.setLive(db, table: table, id: id)
            }
            return AppliedVersion(id: id, table: table, time: StoreTime.normalized(time), user: user, hash: hash, message: message,
                                  kind: kind, rolledBackTo: rolledBackTo, isLive: makeLive && !intended, storedSize: blob.count)
        }
    }

    /// Deletes the compiled policies no version refers to any more.
    static func pruneCompiled(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM compiled_policy WHERE sha256 NOT IN
                (SELECT compiled_sha256 FROM version WHERE compiled_sha256 IS NOT NULL)
            """)
    }

    /// Stores an encoded compiled policy unless it is there; returns its SHA-256.
    static func storeCompiled(_ db: Database, _ blob: Data, at time: Date) throws -> String {
        let sha256 = SHA256.hex(blob)
        try db.execute(sql: """
            INSERT INTO compiled_policy (sha256, format, compiler, size, blob, created_ms) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [sha256, CompiledPolicyCodec.format, SluiceRelease.version, blob.count, blob,
                             StoreTime.milliseconds(time)])
        return sha256
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

    /// Every policy file of a version, root first, exactly as it was applied.
    public func versionSources(id: Int64) throws(StoreError) -> [SourceFile] {
        let operation = "read the sources of version \(id)"
        return try read(operation) { db in
            guard try Self.versionTable(db, id: id) != nil else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id)"))
            }
            return try Self.sources(db, id: id)
        }
    }

    /// The compiled policy a version applied, as it was applied. Refuses a stored policy whose bytes
    /// no longer match their SHA-256 (an edited or damaged row), and a version from an earlier
    /// release that could not be converted.
    public func compiledPolicy(ofVersion id: Int64) throws(StoreError) -> CompiledPolicy {
        let operation = "read the compiled policy of version \(id)"
        let (blob, sha256, failure) = try read(operation) { db -> (Data?, String?, String?) in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.blob, v.compiled_sha256, v.compiled_error FROM version v
                LEFT JOIN compiled_policy p ON p.sha256 = v.compiled_sha256 WHERE v.id = ?
                """, arguments: [id]) else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id)"))
            }
            return (try row.decode(Data?.self, forColumn: "blob"), try row.decode(String?.self, forColumn: "compiled_sha256"),
                    try row.decode(String?.self, forColumn: "compiled_error"))
        }
        guard let blob, let sha256 else {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding(
                "version \(id) was recorded by an earlier sluice and cannot be restored: \(failure ?? "its compiled policy is missing")"))
        }
        // Checked and decoded outside the read, so a large policy does not keep a reader busy.
        guard SHA256.hex(blob) == sha256 else {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding(
                "the stored compiled policy of version \(id) does not match its SHA-256; it was changed after it was recorded"))
        }
        do {
            return try CompiledPolicyCodec.decode(blob)
        } catch {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding("\(error)"))
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

    static func sources(_ db: Database, id: Int64) throws -> [SourceFile] {
        try Row.fetchAll(db, sql: "SELECT path, text FROM version_source WHERE version_id = ? ORDER BY ordinal",
                         arguments: [id]).map { row in
            SourceFile(path: try row.decode(forColumn: "path"), text: try row.decode(forColumn: "text"))
        }
    }
}
