/// A file system held in a dictionary from path to text, for tests and tools.
/// Paths are normalized, so `./a.sluice` and `a.sluice` name the same file.
public struct InMemoryFileSystem: PolicyFileSystem {
    private let files: [String: String]
    /// How many stored paths one glob may match.
    public let globLimit: Int

    /// Creates a file system holding `files` (path to text).
    public init(_ files: [String: String], globLimit: Int = PolicyLimits.globEntries) {
        var normalized: [String: String] = [:]
        for (path, text) in files { normalized[PolicyPath.normalize(path)] = text }
        self.files = normalized
        self.globLimit = globLimit
    }

    /// The text stored at the (normalized) path; throws `PolicyFileError.notFound` otherwise.
    public func read(_ path: String) throws -> String {
        guard let text = files[PolicyPath.normalize(path)] else { throw PolicyFileError.notFound(path: path) }
        return text
    }

    /// Whether a text is stored at the (normalized) path.
    public func isFile(_ path: String) -> Bool {
        files[PolicyPath.normalize(path)] != nil
    }

    /// The normalized path, when a text is stored there: memory has no links, so names that
    /// normalize alike are one file.
    public func identity(of path: String) -> PolicyFileIdentity? {
        let key = PolicyPath.normalize(path)
        return files[key] == nil ? nil : .path(key)
    }

    /// The stored paths whose components match the pattern's, sorted; throws
    /// `PolicyFileError.globTooBroad` when more than `globLimit` match.
    public func glob(_ pattern: String) throws -> [String] {
        let normalized = PolicyPath.normalize(pattern)
        let absolute = normalized.hasPrefix("/")
        let patterns = PolicyPath.components(normalized).map(GlobPattern.init)
        let matches = files.keys.filter { path in
            guard path.hasPrefix("/") == absolute else { return false }
            let parts = PolicyPath.components(path)
            guard parts.count == patterns.count else { return false }
            return zip(patterns, parts).allSatisfy { $0.matches($1) }
        }
        guard matches.count <= globLimit else { throw PolicyFileError.globTooBroad(pattern: pattern, limit: globLimit) }
        return matches.sorted()
    }
}
