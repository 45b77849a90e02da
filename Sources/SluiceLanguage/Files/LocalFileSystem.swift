import Foundation

/// The real file system, through Foundation's `FileManager`.
public struct LocalFileSystem: PolicyFileSystem {
    /// How many directory entries one glob may examine.
    public let globLimit: Int

    /// Creates the local file system; relative paths are read from the current directory.
    public init(globLimit: Int = PolicyLimits.globEntries) {
        self.globLimit = globLimit
    }

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

    /// The device and inode of the file, symlinks followed; nil when nothing is there.
    public func identity(of path: String) -> PolicyFileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return .inode(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Existing paths matching the pattern, one directory level per component, sorted. Throws
    /// `PolicyFileError.globTooBroad` once more than `globLimit` directory entries were examined.
    public func glob(_ pattern: String) throws -> [String] {
        let normalized = PolicyPath.normalize(pattern)
        var candidates = [normalized.hasPrefix("/") ? "/" : ""]
        var examined = 0
        for component in PolicyPath.components(normalized) {
            var next: [String] = []
            let matcher = GlobPattern.hasWildcards(component) ? GlobPattern(component) : nil
            for base in candidates {
                guard let matcher else {
                    next.append(PolicyPath.appending(base, component))
                    continue
                }
                let directory = base.isEmpty ? "." : base
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
                examined += entries.count
                guard examined <= globLimit else {
                    throw PolicyFileError.globTooBroad(pattern: pattern, limit: globLimit)
                }
                for entry in entries.sorted() where matcher.matches(entry) {
                    next.append(PolicyPath.appending(base, entry))
                }
            }
            candidates = next
        }
        return candidates.filter { FileManager.default.fileExists(atPath: $0) }.sorted()
    }
}
