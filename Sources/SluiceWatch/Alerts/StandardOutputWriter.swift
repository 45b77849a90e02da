import Glibc

/// Writes alert lines to standard output, each in one `write` where the system allows, so lines
/// from several threads never interleave.
public struct StandardOutputWriter: AlertLineWriter {
    /// Creates the writer.
    public init() {}

    /// Writes one line and a newline to file descriptor 1; a closed output is ignored (the
    /// service ignores SIGPIPE).
    public func write(line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if n > 0 {
                offset += n
            } else if n == -1 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
