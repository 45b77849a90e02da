import Glibc
import SluiceSystem

extension LabNamespace {
    /// Runs `body` on a short-lived thread that has joined this namespace, and returns its result
    /// (see `NetworkNamespaceEntry`: no thread is ever left in the wrong namespace). Sockets
    /// created in `body` stay in this namespace for their whole life.
    public func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try NetworkNamespaceEntry.run(at: path, label: "namespace \(name)", body)
        } catch let error as SystemError {
            throw LabError(error)
        }
    }

    /// The namespace's identity (the inode of its nsfs file), to recognise processes inside it.
    public func inode() throws -> UInt64 {
        var info = stat()
        try SystemCall.retrying("stat \(path)") { stat(path, &info) }
        return UInt64(info.st_ino)
    }
}
