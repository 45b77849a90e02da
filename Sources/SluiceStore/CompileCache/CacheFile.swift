import Glibc
import SluiceSystem

/// A file of the compile cache: its content followed by the SHA-256 of that content, written to
/// a temporary file and renamed into place. A file whose digest does not match (torn by a crash,
/// damaged, edited) reads as absent: the cache then builds again, it never uses what it cannot
/// trust.
enum CacheFile {
    /// The content of the file at `path`, checked; nil when it is missing or does not check, or
    /// when `sha256` is given and the content's digest is another.
    static func read(_ path: String, sha256: [UInt8]? = nil) -> [UInt8]? {
        guard var bytes = FileBytes.read(path), bytes.count >= 32 else { return nil }
        let digest = Array(bytes[(bytes.count - 32)...])
        bytes.removeLast(32)
        guard sha256 == nil || sha256 == digest, SHA256.digest(bytes) == digest else { return nil }
        return bytes
    }

    /// Writes `content` and its digest to `path`; false when it could not (the cache just
    /// misses next time).
    @discardableResult
    static func write(_ content: [UInt8], to path: String) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return false }
        var ok = writeAll(fd, content) && writeAll(fd, SHA256.digest(content))
        ok = close(fd) == 0 && ok
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
    }
}
