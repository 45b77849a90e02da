import Foundation

/// The real file system, through Foundation's `FileManager`.
public struct LocalFileSystem: PolicyFileSystem {
    /// Creates the local file system; relative paths are read from the current directory.
    public init() {}

    /// The file's text, decoded as UTF-8; throws `PolicyFileError` when it is missing or unreadable.
    public func read(_ path: String) throws -> String {
        guard isFile(path) else { throw PolicyFileError.notFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PolicyFileError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        // Invalid UTF-8 becomes U+FFFD, which the lexer reports as an invalid character.
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether the path names an existing file that is not a directory.
    public func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Existing paths matching the pattern, one directory level per component, sorted.
    public func glob(_ pattern: String) -> [String] {
        let normalized = PolicyPath.normalize(pattern)
        var candidates = [normalized.hasPrefix("/") ? "/" : ""]
        for component in PolicyPath.components(normalized) {
            var next: [String] = []
            for base in candidates {
                if GlobPattern.hasWildcards(component) {
                    let matcher = GlobPattern(component)
                    let directory = base.isEmpty ? "." : base
                    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
                    for entry in entries.sorted() where matcher.matches(entry) {
                        next.append(PolicyPath.appending(base, entry))
                    }
                } else {
                    next.append(PolicyPath.appending(base, component))
                }
            }
            candidates = next
        }
        return candidates.filter { FileManager.default.fileExists(atPath: $0) }.sorted()
    }
}
