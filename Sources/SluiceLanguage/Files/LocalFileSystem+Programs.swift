import Foundation

extension LocalFileSystem: ProgramFileSystem {
    /// The program's status as `execve` would find it: symlinks followed, execute permission
    /// checked for this process (`access(X_OK)` also fails on a `noexec` mount).
    public func programStatus(_ path: String) -> ProgramStatus {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegularFile }
        return access(path, X_OK) == 0 ? .executable : .notExecutable
    }
}
