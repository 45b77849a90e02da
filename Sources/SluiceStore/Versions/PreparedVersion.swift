import SluiceCompiler
import SluiceLanguage

/// A version's policy files and compiled policy cut into content-addressed chunks and hashed,
/// ready for `recordVersion`: all the work of storing them that needs no database, done before
/// the write transaction (in `sluice apply`, on the other core while the kernel plans). Chunks a
/// stored version already holds are not written again, so recording a one-prefix change of a
/// large policy writes a few kilobytes.
public struct PreparedVersion: Sendable {
    /// One policy file: its path and its text in chunks.
    struct Source: Sendable {
        var path: String
        var text: ChunkedBytes
    }

    let sources: [Source]
    /// The compiled policy's skeleton and records in chunks.
    let skeleton: ChunkedBytes
    let records: ChunkedBytes
    let manifest: ChunkManifest
    /// The manifest as stored, and its SHA-256: the compiled policy's name in the store.
    let manifestBytes: [UInt8]
    /// The SHA-256 the store knows the compiled policy by.
    public let compiledSHA256: String
    /// Bytes of the compiled policy in one piece (`CompiledPolicyParts.blob`), as `history` shows it.
    public let compiledSize: Int

    /// Prepares the files and the stored parts of their compiled policy (`CompiledPolicyCodec.parts(of:)`).
    public init(sources: [SourceFile], parts: CompiledPolicyParts) {
        self.sources = sources.map { Source(path: $0.path, text: ChunkedBytes(Array($0.text.utf8), chunker: .text)) }
        skeleton = ChunkedBytes(parts.skeleton, chunker: .json)
        records = ChunkedBytes(parts.records, chunker: .records)
        func entries(_ chunked: ChunkedBytes) -> [ChunkManifest.Entry] {
            chunked.chunks.map { ChunkManifest.Entry(sha256: $0.sha256, size: $0.bytes.count) }
        }
        manifest = ChunkManifest(format: CompiledPolicyCodec.format, skeleton: entries(skeleton), records: entries(records))
        manifestBytes = manifest.bytes
        compiledSHA256 = SHA256.hex(manifestBytes)
        compiledSize = CompiledPolicyParts.blobSize(skeleton: parts.skeleton.count, records: parts.records.count)
    }

    /// Prepares the files and their compiled policy.
    public init(sources: [SourceFile], compiled: CompiledPolicy) throws(CompiledPolicyCodecError) {
        self.init(sources: sources, parts: try CompiledPolicyCodec.parts(of: compiled))
    }

    /// Every chunk to store.
    var chunks: [ChunkedBytes.Chunk] {
        skeleton.chunks + records.chunks + sources.flatMap(\.text.chunks)
    }
}
