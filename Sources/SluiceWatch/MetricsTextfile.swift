import Glibc

/// Writes the metrics for node_exporter's textfile collector: to a temporary file in the same
/// directory, synced, then renamed over the target, so the collector never reads half a file.
public struct MetricsTextfile: Sendable {
    /// The target file (node_exporter reads `*.prom`).
    public let path: String

    /// Creates a writer for `path`.
    public init(path: String) {
        self.path = path
    }

    /// Replaces the file's contents atomically.
    public func write(_ text: String) throws(SystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = try SystemCall.check("create \(temporary)") {
            open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        do throws(SystemError) {
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = try SystemCall.check("write \(temporary)") {
                    bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
                }
                offset += n
            }
            try SystemCall.check("sync \(temporary)") { fsync(fd) }
            try SystemCall.check("close \(temporary)") { close(fd) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        do throws(SystemError) {
            try SystemCall.check("rename \(temporary) to \(path)") { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
