import SluiceLanguage
import Synchronization

/// Files in memory that count how often each is read.
final class CountingFileSystem: PolicyFileSystem {
    let files: InMemoryFileSystem
    private let counts = Mutex<[String: Int]>([:])

    init(_ files: [String: String]) {
        self.files = InMemoryFileSystem(files)
    }

    /// How often `path` was read so far.
    func reads(of path: String) -> Int { counts.withLock { $0[path] ?? 0 } }

    func read(_ path: String) throws -> String {
        counts.withLock { $0[path, default: 0] += 1 }
        return try files.read(path)
    }

    func glob(_ pattern: String) throws -> [String] { try files.glob(pattern) }
    func isFile(_ path: String) -> Bool { files.isFile(path) }
    func identity(of path: String) -> PolicyFileIdentity? { files.identity(of: path) }
}
