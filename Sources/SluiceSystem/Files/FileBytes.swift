import Glibc

/// Reads a whole regular file into one array, sized from `fstat` and filled by `read(2)` in place:
/// the caches an apply reads (megabytes each) cost one copy from the page cache, not the three of
/// `FileManager.contents` → `Data` → `[UInt8]`.
public enum FileBytes {
    /// The file's bytes; nil when it is missing, a symbolic link, not a regular file, or cannot be
    /// read whole.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size >= 0 else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let n = Glibc.read(fd, buffer.baseAddress.map { $0 + offset }, size - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                offset += n
            }
            // Shorter than fstat said (truncated meanwhile): not the file that was measured.
            complete = offset == size
            count = offset
        }
        return complete ? bytes : nil
    }
}
