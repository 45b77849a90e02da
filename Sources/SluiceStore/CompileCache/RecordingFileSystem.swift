import SluiceLanguage
import Synchronization

/// A file system that answers from another and writes down every question and answer
/// (`FileSystemCall`), in order, for the compile cache to ask again later.
final class RecordingFileSystem: PolicyFileSystem {
    /// A file's text as read, and its SHA-256 in hex.
    typealias Read = (text: String, sha256: String)

    let base: any PolicyFileSystem
    private let log = Mutex<[FileSystemCall]>([])
    /// Texts read moments ago by a replay that found the cache stale: read and hashed once, not
    /// twice (a one-line change of a 2.4 MB policy read and hashed it for the replay, then again
    /// for the build).
    private let known: [String: Read]

    init(_ base: any PolicyFileSystem, known: [String: Read] = [:]) {
        self.base = base
        self.known = known
    }

    /// Every question asked so far, in order.
    var calls: [FileSystemCall] { log.withLock { $0 } }

    func read(_ path: String) throws -> String {
        if let read = known[path] {
            log.withLock { $0.append(.read(path: path, sha256: read.sha256, error: nil)) }
            return read.text
        }
        do {
            let text = try base.read(path)
            log.withLock { $0.append(.read(path: path, sha256: SHA256.hex(text), error: nil)) }
            return text
        } catch {
            log.withLock { $0.append(.read(path: path, sha256: nil, error: "\(error)")) }
            throw error
        }
    }

    func glob(_ pattern: String) throws -> [String] {
        do {
            let paths = try base.glob(pattern)
            log.withLock { $0.append(.glob(pattern: pattern, paths: paths, error: nil)) }
            return paths
        } catch {
            log.withLock { $0.append(.glob(pattern: pattern, paths: nil, error: "\(error)")) }
            throw error
        }
    }

    func isFile(_ path: String) -> Bool {
        let answer = base.isFile(path)
        log.withLock { $0.append(.isFile(path: path, answer: answer)) }
        return answer
    }

    func identity(of path: String) -> PolicyFileIdentity? {
        let answer = base.identity(of: path)
        log.withLock { $0.append(.identity(path: path, answer: answer)) }
        return answer
    }

    /// Asks `calls` again of `fileSystem`; the texts read (by the index of their call), or nil
    /// when any answer differs. `read` collects every file read on the way, by path, whether
    /// or not the answers all match.
    static func replay(_ calls: [FileSystemCall], on fileSystem: any PolicyFileSystem,
                       read: inout [String: Read]) -> [Int: String]? {
        var texts: [Int: String] = [:]
        for (index, call) in calls.enumerated() {
            switch call {
            case .read(let path, let sha256, let error):
                do {
                    let text = try fileSystem.read(path)
                    let digest = SHA256.hex(text)
                    read[path] = (text, digest)
                    guard sha256 == digest else { return nil }
                    texts[index] = text
                } catch let thrown {
                    guard error == "\(thrown)" else { return nil }
                }
            case .glob(let pattern, let paths, let error):
                do {
                    guard try fileSystem.glob(pattern) == paths else { return nil }
                } catch let thrown {
                    guard error == "\(thrown)" else { return nil }
                }
            case .isFile(let path, let answer):
                guard fileSystem.isFile(path) == answer else { return nil }
            case .identity(let path, let answer):
                guard fileSystem.identity(of: path) == answer else { return nil }
            }
        }
        return texts
    }
}
