/// Where the loader reads policy files from: the disk, or memory in tests.
public protocol PolicyFileSystem: Sendable {
    /// The text of a file; throws when it is missing or unreadable.
    func read(_ path: String) throws -> String
    /// The paths matching a pattern (`*`, `?`, `[...]` in any path component), sorted.
    func glob(_ pattern: String) -> [String]
    /// Whether the path names a regular file.
    func isFile(_ path: String) -> Bool
}
