/// A byte string cut into content-defined chunks (`ContentChunker`), each named by its SHA-256:
/// the form in which the store keeps policy text and compiled policies, so that what did not
/// change between versions is kept once and not written again.
struct ChunkedBytes: Sendable {
    /// One chunk: its SHA-256 (lowercase hex) and its bytes.
    struct Chunk: Sendable {
        var sha256: String
        var bytes: ArraySlice<UInt8>
    }

    var chunks: [Chunk]

    /// All the bytes.
    var count: Int { chunks.reduce(0) { $0 + $1.bytes.count } }

    /// Cuts `bytes` with `chunker` and hashes each chunk.
    init(_ bytes: [UInt8], chunker: ContentChunker) {
        let cuts = bytes.withUnsafeBytes { chunker.cuts($0) }
        chunks = cuts.map { Chunk(sha256: SHA256.hex(bytes[$0]), bytes: bytes[$0]) }
    }

    init(chunks: [Chunk]) {
        self.chunks = chunks
    }

    /// The bytes again.
    var joined: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        for chunk in chunks { out += chunk.bytes }
        return out
    }
}
