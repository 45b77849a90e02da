import Foundation

/// The real file system, through Foundation's `FileManager`.
public struct LocalFileSystem: PolicyFileSystem {
    /// How many directory entries one glob may examine.
    public let globLimit: Int

    /// Creates the local file system; relative paths are read from the current directory.
    public init(globLimit: Int = PolicyLimits.globEntries) {
        self.globLimit = globLimit
    }

    /// The file's text; throws `PolicyFileError` when it is missing, not a regular file (a FIFO
    /// would block, `/dev/zero` never ends), larger than `PolicyLimits.fileBytes`, or not UTF-8.
    public func read(_ path: String) throws -> String {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw PolicyFileError.notFound(path: path) }
            throw PolicyFileError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw PolicyFileError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PolicyFileError.unreadable(path: path, reason: "not a regular file")
        }
        let limit = PolicyLimits.fileBytes
        let tooLarge = PolicyFileError.unreadable(path: path, reason: "larger than \(limit >> 20) MiB")
        guard info.st_size <= limit else { throw tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            guard n > 0 else {
                if errno == EINTR { continue }
                throw PolicyFileError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            bytes.append(contentsOf: chunk[..<n])
            // A file that grows while it is read is read up to the limit, never past it.
            guard bytes.count <= limit else { throw tooLarge }
        }
        return try Self.decode(bytes, path: path)
    }

    /// The bytes as UTF-8 text, or an error naming the line of the first invalid byte.
    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        scan: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error, .emptyInput: break scan
            }
        }
        let line = 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw PolicyFileError.unreadable(path: path, reason: "not UTF-8 text (an invalid byte on line \(line))")
    }

    /// Whether the path names a regular file (symlinks followed).
    public func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
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
