import Glibc

extension LabNamespace {
    /// Runs `body` on a short-lived thread that has joined this namespace, and returns its result.
    ///
    /// Only that thread ever changes namespace, and it ends with `body`, so no caller thread (and
    /// no Swift concurrency worker) can be left in the wrong namespace even if switching back
    /// failed. Sockets created in `body` stay in this namespace for their whole life.
    public func perform<T>(_ body: @escaping () throws -> T) throws -> T {
        let path = self.path
        let name = self.name
        return try LabThread.runAndWait("enter namespace \(name)") {
            let fd = try SystemCall.check("open \(path)") { open(path, O_RDONLY | O_CLOEXEC) }
            defer { close(fd) }
            try GNUFunctions.setNetworkNamespace(fd, operation: "setns \(path)")
            return try body()
        }
    }

    /// The namespace's identity (the inode of its nsfs file), to recognise processes inside it.
    public func inode() throws -> UInt64 {
        var info = stat()
        try SystemCall.check("stat \(path)") { stat(path, &info) }
        return UInt64(info.st_ino)
    }
}
