import Foundation
import GRDB

extension SluiceStore {
    /// Stores the chunks that are not there yet (by SHA-256: a chunk is kept once, however many
    /// versions and policies hold it).
    static func storeChunks(_ db: Database, _ chunks: [ChunkedBytes.Chunk]) throws {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM chunk WHERE sha256 = ?")
        let insert = try db.cachedStatement(sql: "INSERT INTO chunk (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")
        for chunk in chunks {
            // Looked up first, so an unchanged chunk's bytes are not even handed to SQLite.
            if try Int.fetchOne(exists, arguments: [chunk.sha256]) != nil { continue }
            try insert.execute(arguments: [chunk.sha256, chunk.bytes.count, Data(chunk.bytes)])
        }
    }

    /// The stored bytes of chunks, by SHA-256; a missing chunk is absent from the result.
    static func fetchChunks(_ db: Database, _ sha256s: some Sequence<String>) throws -> [String: Data] {
        let select = try db.cachedStatement(sql: "SELECT bytes FROM chunk WHERE sha256 = ?")
        var out: [String: Data] = [:]
        for sha256 in sha256s where out[sha256] == nil {
            if let bytes = try Data.fetchOne(select, arguments: [sha256]) { out[sha256] = bytes }
        }
        return out
    }

    /// The chunks listed, joined in order, each checked against its SHA-256 and size; nil with
    /// the reason when one is missing or was changed after it was stored.
    static func joinChunks(_ entries: [ChunkManifest.Entry], from stored: [String: Data]) -> Result<[UInt8], ChunkFailure> {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(0) { $0 + $1.size })
        for entry in entries {
            guard let bytes = stored[entry.sha256] else { return .failure(.missing(entry.sha256)) }
            guard bytes.count == entry.size, SHA256.hex(bytes) == entry.sha256 else { return .failure(.changed(entry.sha256)) }
            out += bytes
        }
        return .success(out)
    }

    /// Why stored chunks could not be joined.
    enum ChunkFailure: Error, CustomStringConvertible {
        case missing(String)
        case changed(String)

        var description: String {
            switch self {
            case .missing(let sha256): "chunk \(sha256) is missing"
            case .changed(let sha256): "chunk \(sha256) does not match its SHA-256; it was changed after it was recorded"
            }
        }
    }

    /// Deletes the chunks that no compiled policy and no version's sources hold any more.
    static func pruneChunks(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM chunk WHERE
                NOT EXISTS (SELECT 1 FROM compiled_chunk c WHERE c.chunk_sha256 = chunk.sha256)
                AND NOT EXISTS (SELECT 1 FROM source_chunk s WHERE s.chunk_sha256 = chunk.sha256)
            """)
    }
}
