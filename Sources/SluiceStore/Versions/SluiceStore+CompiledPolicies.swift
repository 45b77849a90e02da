import Foundation
import GRDB
import SluiceCompiler

extension SluiceStore {
    /// The compiled policy a version applied, as it was applied. Refuses a stored policy whose bytes
    /// no longer match their SHA-256 (an edited or damaged row or chunk), and a version from an
    /// earlier release that could not be converted.
    public func compiledPolicy(ofVersion id: Int64) throws(StoreError) -> CompiledPolicy {
        let operation = "read the compiled policy of version \(id)"
        let (blob, sha256, failure, chunks) = try read(operation) { db -> (Data?, String?, String?, [String: Data]) in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.blob, v.compiled_sha256, v.compiled_error FROM version v
                LEFT JOIN compiled_policy p ON p.sha256 = v.compiled_sha256 WHERE v.id = ?
                """, arguments: [id]) else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id)"))
            }
            let blob = try row.decode(Data?.self, forColumn: "blob")
            // The chunks are read in the same snapshot as the manifest that lists them.
            let manifest = blob.flatMap { ChunkManifest(bytes: [UInt8]($0)) }
            let chunks = try manifest.map { try Self.fetchChunks(db, $0.entries.map(\.sha256)) } ?? [:]
            return (blob, try row.decode(String?.self, forColumn: "compiled_sha256"),
                    try row.decode(String?.self, forColumn: "compiled_error"), chunks)
        }
        guard let blob, let sha256 else {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding(
                "version \(id) was recorded by an earlier sluice and cannot be restored: \(failure ?? "its compiled policy is missing")"))
        }
        // Checked and decoded outside the read, so a large policy does not keep a reader busy.
        let changed = "the stored compiled policy of version \(id) does not match its SHA-256; it was changed after it was recorded"
        guard SHA256.hex(blob) == sha256 else {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding(changed))
        }
        do {
            guard let manifest = ChunkManifest(bytes: [UInt8](blob)) else { return try CompiledPolicyCodec.decode(blob) }
            guard manifest.format == CompiledPolicyCodec.format else {
                throw CompiledPolicyCodecError.unknownFormat(manifest.format, compiler: nil)
            }
            let skeleton = Self.joinChunks(manifest.skeleton, from: chunks)
            let records = Self.joinChunks(manifest.records, from: chunks)
            switch (skeleton, records) {
            case (.success(let skeleton), .success(let records)):
                return try CompiledPolicyCodec.decode(CompiledPolicyParts(skeleton: skeleton, records: records))
            case (.failure(let failure), _), (_, .failure(let failure)):
                throw StoreError(operation: operation, path: databasePath, reason: .decoding(
                    "the stored compiled policy of version \(id) is damaged: \(failure)"))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(operation: operation, path: databasePath, reason: .decoding("\(error)"))
        }
    }

    /// Stores a prepared compiled policy unless it is there (its chunks must be); returns its
    /// SHA-256, the SHA-256 of its manifest.
    static func storeCompiled(_ db: Database, _ version: PreparedVersion, at time: Date) throws -> String {
        try db.execute(sql: """
            INSERT INTO compiled_policy (sha256, format, compiler, size, blob, created_ms) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [version.compiledSHA256, CompiledPolicyCodec.format, SluiceRelease.version,
                             version.compiledSize, Data(version.manifestBytes), StoreTime.milliseconds(time)])
        guard db.changesCount == 1 else { return version.compiledSHA256 }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO compiled_chunk (compiled_sha256, position, chunk_sha256) VALUES (?, ?, ?)
            """)
        for (position, entry) in version.manifest.entries.enumerated() {
            try insert.execute(arguments: [version.compiledSHA256, position, entry.sha256])
        }
        return version.compiledSHA256
    }

    /// Stores a compiled policy encoded in one piece unless it is there; returns its SHA-256
    /// (for versions converted by the schema's v2 migration).
    static func storeCompiledBlob(_ db: Database, _ blob: Data, at time: Date) throws -> String {
        let sha256 = SHA256.hex(blob)
        try db.execute(sql: """
            INSERT INTO compiled_policy (sha256, format, compiler, size, blob, created_ms) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [sha256, CompiledPolicyCodec.format, SluiceRelease.version, blob.count, blob,
                             StoreTime.milliseconds(time)])
        return sha256
    }

    /// Deletes the compiled policies no version refers to any more (their chunks go with
    /// `pruneChunks`).
    static func pruneCompiled(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM compiled_policy WHERE sha256 NOT IN
                (SELECT compiled_sha256 FROM version WHERE compiled_sha256 IS NOT NULL)
            """)
    }
}
