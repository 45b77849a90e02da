#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceSystem
import Synchronization

/// An exclusive `flock` on a file, held until `release()`, deinit, or the death of the process.
///
/// `flock` rather than `fcntl` locks: they belong to the open file description, so the kernel
/// drops them when the holder dies, and closing some other descriptor of the same file in this
/// process (as SQLite does with its own files) cannot silently drop them.
final class LockFile: Sendable {
    let path: String
    /// The descriptor while held, nil once released.
    private let descriptor: Mutex<Int32?>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    /// Waits up to `timeout` for the lock; on success writes this process's pid into the file so
    /// that a process kept waiting can say who holds it.
    static func acquire(path: String, timeout: Duration, operation: String) throws(StoreError) -> LockFile {
        // O_NOFOLLOW: a symlink planted in the state directory must not make us truncate its target.
        let fd = try StoreError.during(operation) { () throws(SystemError) in
            try SystemCall.retrying("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600) }
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        let wouldBlock: Int32 = -2
        while true {
            let result: Int32
            do {
                result = try StoreError.during(operation) { () throws(SystemError) in
                    try SystemCall.retrying("flock", path: path, recover: { $0 == EWOULDBLOCK ? wouldBlock : nil }) {
                        flock(fd, LOCK_EX | LOCK_NB)
                    }
                }
            } catch {
                close(fd)
                throw error
            }
            if result == 0 { break }
            let remaining = clock.now.duration(to: deadline)
            if remaining <= .zero {
                let holder = readPID(fd)
                close(fd)
                throw StoreError(operation: operation, path: path, reason: .lockHeld(pid: holder))
            }
            let pause = min(remaining, .milliseconds(25))
            let (seconds, attoseconds) = pause.components
            usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
        }
        let lock = LockFile(path: path, descriptor: fd)
        lock.writePID(getpid())
        return lock
    }

    /// Whether this object still holds the lock.
    var isHeld: Bool { descriptor.withLock { $0 != nil } }

    /// Drops the lock; later calls do nothing.
    func release() {
        let fd: Int32? = descriptor.withLock { value in
            defer { value = nil }
            return value
        }
        guard let fd else { return }
        // Clear the pid while still holding the lock, so a stale pid never names a live process.
        _ = ftruncate(fd, 0)
        close(fd)
    }

    /// The pid a holder wrote into the lock file, if any.
    static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return Int32(text.trimmingWhitespace())
    }

    // Best effort: the pid only improves the message of a process kept waiting.
    private func writePID(_ pid: Int32) {
        descriptor.withLock { fd in
            guard let fd else { return }
            let bytes = Array("\(pid)\n".utf8)
            _ = ftruncate(fd, 0)
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
    }
}
