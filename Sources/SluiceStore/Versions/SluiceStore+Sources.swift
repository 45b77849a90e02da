import Foundation
import GRDB
import SluiceLanguage

extension SluiceStore {
    /// Every policy file of a version, root first, exactly as it was applied. Refuses a file whose
    /// stored chunks no longer match their SHA-256.
    public func versionSources(id: Int64) throws(StoreError) -> [SourceFile] {
        let operation = "read the sources of version \(id)"
        let (rows, chunks) = try read(operation) { db -> ([StoredSource], [String: Data]) in
            guard try Self.versionTable(db, id: id) != nil else {
                throw StoreError(operation: operation, path: databasePath, reason: .notFound("version \(id)"))
            }
            let rows = try Self.storedSources(db, id: id)
            return (rows, try Self.fetchChunks(db, rows.flatMap(\.chunks).map(\.sha256)))
        }
        var out: [SourceFile] = []
        for row in rows {
            guard row.isChunked else {
                out.append(SourceFile(path: row.path, text: row.text))
                continue
            }
            switch Self.joinChunks(row.chunks, from: chunks) {
            case .success(let bytes):
                out.append(SourceFile(path: row.path, text: String(decoding: bytes, as: UTF8.self)))
            case .failure(let failure):
                throw StoreError(operation: operation, path: databasePath, reason: .decoding(
                    "the stored text of \(row.path) in version \(id) is damaged: \(failure)"))
            }
        }
        return out
    }

    /// One policy file of a version as stored: its text, or the chunks that hold it.
    struct StoredSource {
        var path: String
        var text: String
        var isChunked: Bool
        var chunks: [ChunkManifest.Entry]
    }

    static func storedSources(_ db: Database, id: Int64) throws -> [StoredSource] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT ordinal, path, text, text_chunked FROM version_source WHERE version_id = ? ORDER BY ordinal
            """, arguments: [id])
        let chunkRows = try Row.fetchAll(db, sql: """
            SELECT ordinal, chunk_sha256, size FROM source_chunk WHERE version_id = ? ORDER BY ordinal, position
            """, arguments: [id])
        var chunks: [Int64: [ChunkManifest.Entry]] = [:]
        for row in chunkRows {
            chunks[try row.decode(forColumn: "ordinal"), default: []].append(
                ChunkManifest.Entry(sha256: try row.decode(forColumn: "chunk_sha256"), size: try row.decode(forColumn: "size")))
        }
        return try rows.map { row in
            let ordinal: Int64 = try row.decode(forColumn: "ordinal")
            return StoredSource(path: try row.decode(forColumn: "path"), text: try row.decode(forColumn: "text"),
                                isChunked: try row.decode(forColumn: "text_chunked"), chunks: chunks[ordinal] ?? [])
        }
    }

    /// Records a version's files by their chunks (which must be stored).
    static func storeSources(_ db: Database, _ sources: [PreparedVersion.Source], versionID id: Int64) throws {
        let chunk = try db.cachedStatement(sql: """
            INSERT INTO source_chunk (version_id, ordinal, position, chunk_sha256, size) VALUES (?, ?, ?, ?, ?)
            """)
        for (ordinal, source) in sources.enumerated() {
            try db.execute(sql: "INSERT INTO version_source (version_id, ordinal, path, text, text_chunked) VALUES (?, ?, ?, '', 1)",
                           arguments: [id, ordinal, source.path])
            for (position, piece) in source.text.chunks.enumerated() {
                try chunk.execute(arguments: [id, ordinal, position, piece.sha256, piece.bytes.count])
            }
        }
    }
}
