import SluiceLanguage

/// The statement cache of one policy (`StatementCache`): parsed statements by the SHA-256 of their
/// text, in one file of the compile cache (`CacheFile`), read when first asked and written back
/// holding just the statements the last build had, so it does not grow with every edit.
///
/// Unchecked: one build uses it, then the cache's write queue saves it; never both at once.
final class StatementPack: StatementCache, @unchecked Sendable {
    let path: String
    /// The compiler that parsed the entries (`ExecutableIdentity`); another one's are not read.
    let identity: String
    private var stored: [[UInt8]: ArraySlice<UInt8>]?
    /// The entries of this build, in order, each once.
    private var used: [(key: [UInt8], entry: ArraySlice<UInt8>)] = []
    private var usedKeys: Set<[UInt8]> = []
    /// Whether this build parsed a statement the file did not hold.
    private(set) var changed = false
    /// Statements this build took from the file, and statements it parsed and kept.
    private(set) var reusedCount = 0
    private(set) var parsedCount = 0

    static let header = Array("sluice-statements-1\n".utf8)

    init(path: String, identity: String) {
        self.path = path
        self.identity = identity
    }

    func entry(forStatement text: UnsafeRawBufferPointer) -> [UInt8]? {
        let key = SHA256.digest(text)
        guard let entry = load()[key] else { return nil }
        reusedCount += 1
        use(key, entry)
        return Array(entry)
    }

    func keep(_ entry: [UInt8], forStatement text: UnsafeRawBufferPointer) {
        changed = true
        parsedCount += 1
        use(SHA256.digest(text), entry[...])
    }

    private func use(_ key: [UInt8], _ entry: ArraySlice<UInt8>) {
        if usedKeys.insert(key).inserted { used.append((key, entry)) }
    }

    /// Writes the entries of this build, unless nothing changed.
    func save() {
        guard changed || used.count != (stored?.count ?? 0) else { return }
        var out = Self.header + Array((identity + "\n").utf8)
        out.reserveCapacity(out.count + used.reduce(0) { $0 + 36 + $1.entry.count })
        for (key, entry) in used {
            out += key
            withUnsafeBytes(of: UInt32(entry.count).bigEndian) { out += $0 }
            out += entry
        }
        CacheFile.write(out, to: path)
    }

    /// The stored entries, read on first use; none when the file is missing, damaged or another
    /// compiler's.
    private func load() -> [[UInt8]: ArraySlice<UInt8>] {
        if let stored { return stored }
        var entries: [[UInt8]: ArraySlice<UInt8>] = [:]
        defer { stored = entries }
        let identityLine = Array((identity + "\n").utf8)
        guard let bytes = CacheFile.read(path), bytes.starts(with: Self.header + identityLine) else { return entries }
        var offset = Self.header.count + identityLine.count
        while offset + 36 <= bytes.count {
            let key = Array(bytes[offset..<(offset + 32)])
            let length = bytes[(offset + 32)..<(offset + 36)].reduce(0) { $0 << 8 | Int($1) }
            offset += 36
            guard length <= bytes.count - offset else { return [:] }
            entries[key] = bytes[offset..<(offset + length)]
            offset += length
        }
        return offset == bytes.count ? entries : [:]
    }
}
