import Glibc

/// Replaces a file in a directory all at once: the new contents go to a new temporary file there
/// (created exclusively, never through a symbolic link), are synced, then renamed over the
/// target, so a reader (or a crash) never sees half a file, and nothing already there is written
/// through. Names are relative to an open directory, so the directory is the one checked at start
/// even if its path is later pointed elsewhere.
public enum AtomicFile {
    /// Replaces the file at `path` (its directory opened by path, for files the watcher owns).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws(SystemError) {
        let (directoryPath, name) = split(path)
        let directory = try SystemCall.retrying("open the directory \(directoryPath)") {
            open(directoryPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        defer { close(directory) }
        try commit(try createTemporary(bytes, in: directory, for: name, mode: mode), over: name, in: directory)
    }

    /// A path's directory (`.` for a bare name) and last component (empty after a final slash).
    public static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Writes and syncs `bytes` in a new file named after `name`; returns the temporary name.
    public static func createTemporary(_ bytes: [UInt8], in directory: Int32, for name: String, mode: mode_t) throws(SystemError) -> String {
        var attempt = 0
        while true {
            // Hidden and not ending in the target's suffix: node_exporter reads only `*.prom`.
            let temporary = ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let fd = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd == -1 && errno == EEXIST && attempt < 3 {
                attempt += 1
                continue
            }
            if fd == -1 && errno == EINTR { continue }
            if fd == -1 { throw SystemError(operation: "create \(temporary)", errno: errno) }
            do throws(SystemError) {
                var offset = 0
                while offset < bytes.count {
                    let n = try SystemCall.retrying("write \(temporary)") {
                        bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
                    }
                    offset += n
                }
                try SystemCall.retrying("sync \(temporary)") { fsync(fd) }
                try SystemCall.check("close \(temporary)", close(fd))
            } catch {
                close(fd)
                discard(temporary, in: directory)
                throw error
            }
            return temporary
        }
    }

    /// Renames the temporary file over `name` (removing it if that fails).
    public static func commit(_ temporary: String, over name: String, in directory: Int32) throws(SystemError) {
        do throws(SystemError) {
            try SystemCall.retrying("rename \(temporary) to \(name)") { renameat(directory, temporary, directory, name) }
        } catch {
            discard(temporary, in: directory)
            throw error
        }
    }

    /// Removes a temporary file that will not be used.
    public static func discard(_ temporary: String, in directory: Int32) {
        unlinkat(directory, temporary, 0)
    }

    /// What is at `name` in the directory, without following a symbolic link: nil when nothing is.
    public static func kind(of name: String, in directory: Int32) throws(SystemError) -> FileKind? {
        var info = stat()
        if fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == -1 {
            if errno == ENOENT { return nil }
            throw SystemError(operation: "look at \(name)", errno: errno)
        }
        return FileKind(mode: info.st_mode)
    }
}
