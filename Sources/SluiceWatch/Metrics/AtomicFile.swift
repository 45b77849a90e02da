import Glibc

/// Replaces a file's contents all at once: written to a temporary file in the same directory,
/// synced, then renamed over the target, so a reader (or a crash) never sees half a file.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws(SystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = try SystemCall.check("create \(temporary)") {
            open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        }
        do throws(SystemError) {
            var offset = 0
            while offset < bytes.count {
                let n = try SystemCall.check("write \(temporary)") {
                    bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
                }
                offset += n
            }
            try SystemCall.check("sync \(temporary)") { fsync(fd) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        do throws(SystemError) {
            try SystemCall.check("close \(temporary)") { close(fd) }
            try SystemCall.check("rename \(temporary) to \(path)") { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
