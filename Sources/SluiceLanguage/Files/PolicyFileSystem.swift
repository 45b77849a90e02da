/// Where the loader reads policy files from: the disk, or memory in tests.
public protocol PolicyFileSystem: Sendable {
    /// The text of a file; throws when it is missing or unreadable.
    func read(_ path: String) throws -> String
    /// The paths matching a pattern (`*`, `?`, `[...]` in any path component), sorted; throws
    /// `PolicyFileError.globTooBroad` rather than examine more than `PolicyLimits.globEntries` entries.
    func glob(_ pattern: String) throws -> [String]
    /// Whether the path names a regular file.
    func isFile(_ path: String) -> Bool
    /// The identity of the file the path names (after following symlinks), or nil when there is none.
    func identity(of path: String) -> PolicyFileIdentity?
}

