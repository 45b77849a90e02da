#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceSystem

/// Creating and vetting the state directory before anything is written into it.
///
/// The directory holds the record of what the firewall lets out; if anyone but its owner could
/// write there, they could plant a version and have `rollback` apply it. So a directory that is
/// group- or world-writable is refused, and as root one not owned by root is refused too.
enum StateDirectory {
    static let operation = "prepare the state directory"

    /// Creates `path` with mode 0700 if it is missing (parents with 0755), then vets it.
    static func prepare(_ path: String) throws(StoreError) {
        guard !path.isEmpty else {
            throw StoreError(operation: operation, path: path, reason: .invalidArgument("empty state directory path"))
        }
        if try !exists(path) {
            try createParents(of: path)
            try makeDirectory(path, mode: 0o700, isLeaf: true)
        }
        try vet(path)
    }

    /// Refuses a path that is not a directory, is group- or world-writable, or (as root) is not
    /// owned by root.
    static func vet(_ path: String) throws(StoreError) {
        let fd = try StoreError.during(operation) { () throws(SystemError) in
            try SystemCall.retrying("open", path: path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        defer { close(fd) }
        var info = stat()
        try StoreError.during(operation) { () throws(SystemError) in try SystemCall.retrying("fstat", path: path) { fstat(fd, &info) } }
        let mode = UInt32(info.st_mode)
        if mode & UInt32(S_IWGRP | S_IWOTH) != 0 {
            let octal = String(mode & 0o7777, radix: 8)
            throw StoreError(operation: operation, path: path, reason: .insecureDirectory(
                "the state directory is group- or world-writable (mode \(octal)); run: chmod 700 \(path)"))
        }
        let euid = geteuid()
        if euid == 0 && info.st_uid != euid {
            throw StoreError(operation: operation, path: path, reason: .insecureDirectory(
                "the state directory is owned by uid \(info.st_uid), not by root; run: chown root: \(path)"))
        }
    }

    /// Creates `path` as an empty file with mode 0600 unless it exists; never follows a symlink.
    static func createPrivateFile(_ path: String, operation: String) throws(StoreError) {
        let fd = try StoreError.during(operation) { () throws(SystemError) in
            try SystemCall.retrying("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600) }
        }
        defer { close(fd) }
        // An existing file keeps the mode and owner it has: whoever else can write it can plant a
        // version for `rollback` to apply, and whoever can read it reads every stored policy.
        var info = stat()
        try StoreError.during(operation) { () throws(SystemError) in try SystemCall.retrying("fstat", path: path) { fstat(fd, &info) } }
        let euid = geteuid()
        if euid == 0 && info.st_uid != euid {
            throw StoreError(operation: operation, path: path, reason: .insecureDirectory(
                "\(path) is owned by uid \(info.st_uid), not by root; run: chown root: \(path)"))
        }
        let mode = UInt32(info.st_mode) & 0o7777
        if mode & UInt32(S_IWGRP | S_IWOTH) != 0 {
            throw StoreError(operation: operation, path: path, reason: .insecureDirectory(
                "\(path) is group- or world-writable (mode \(String(mode, radix: 8))); run: chmod 600 \(path)"))
        }
        // Readable by others: made private (what they could read is read; nothing was changed).
        if mode & 0o077 != 0 { _ = fchmod(fd, mode & 0o700) }
    }

    /// `path` as a private subdirectory (made 0700 when missing), or nil when it is not private:
    /// for what the state directory keeps only as a shortcut, which is then not used.
    static func privateSubdirectory(_ path: String) -> String? {
        if mkdir(path, 0o700) != 0 && errno != EEXIST { return nil }
        return (try? vet(path)) != nil ? path : nil
    }

    private static func exists(_ path: String) throws(StoreError) -> Bool {
        var info = stat()
        let result = try StoreError.during(operation) { () throws(SystemError) in
            try SystemCall.retrying("stat", path: path, recover: { $0 == ENOENT ? Int32(1) : nil }) { stat(path, &info) }
        }
        return result == 0
    }

    /// `mkdir -p` for everything above the leaf, with the usual 0755 so that `/var/lib` and the
    /// like are not made private by accident.
    private static func createParents(of path: String) throws(StoreError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in components.dropLast() {
            prefix += "/" + component
            if try !exists(prefix) {
                try makeDirectory(prefix, mode: 0o755, isLeaf: false)
            }
        }
    }

    private static func makeDirectory(_ path: String, mode: mode_t, isLeaf: Bool) throws(StoreError) {
        // Another process may create it between our stat and mkdir; that is fine.
        let made = try StoreError.during(operation) { () throws(SystemError) in
            try SystemCall.retrying("mkdir", path: path, recover: { $0 == EEXIST ? Int32(1) : nil }) { mkdir(path, mode) }
        }
        guard made == 0, isLeaf else { return }
        // The umask may have taken bits away; the leaf must be exactly 0700.
        try StoreError.during(operation) { () throws(SystemError) in try SystemCall.retrying("chmod", path: path) { chmod(path, mode) } }
    }
}
