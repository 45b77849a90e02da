/// The list of chunks a chunked compiled policy is stored in: its format, then the chunks of its
/// skeleton and of its records (`CompiledPolicyParts`), each by SHA-256 and size, as lines of
/// text. The store knows the compiled policy by the SHA-256 of this manifest; since the manifest
/// names every chunk by its own SHA-256, checking the manifest and each chunk on reading checks
/// every byte of the policy.
struct ChunkManifest: Hashable, Sendable {
    /// One chunk of a part.
    struct Entry: Hashable, Sendable {
        var sha256: String
        var size: Int
    }

    static let header = "sluice-chunks-1"

    /// The compiled policy's format (`CompiledPolicyCodec.format`).
    var format: String
    var skeleton: [Entry]
    var records: [Entry]

    /// The manifest as stored.
    var bytes: [UInt8] {
        var text = "\(Self.header) \(format)\n"
        for entry in skeleton { text += "s \(entry.sha256) \(entry.size)\n" }
        for entry in records { text += "r \(entry.sha256) \(entry.size)\n" }
        return Array(text.utf8)
    }

    init(format: String, skeleton: [Entry], records: [Entry]) {
        self.format = format
        self.skeleton = skeleton
        self.records = records
    }

    /// Reads stored bytes; nil when they are not a manifest (a compiled policy stored in one piece).
    init?(bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix(Self.header + " "), lines.last == "" else { return nil }
        format = String(first.dropFirst(Self.header.count + 1))
        skeleton = []
        records = []
        for line in lines.dropFirst().dropLast() {
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[1].count == 64, let size = Int(fields[2]), size >= 0 else { return nil }
            let entry = Entry(sha256: String(fields[1]), size: size)
            switch fields[0] {
            case "s": skeleton.append(entry)
            case "r": records.append(entry)
            default: return nil
            }
        }
    }

    /// Every chunk, skeleton first.
    var entries: [Entry] { skeleton + records }
}
