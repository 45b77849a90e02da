import Glibc

/// glibc functions that Swift's Glibc module hides behind `_GNU_SOURCE`, looked up at run time so
/// that the target needs no C shim.
enum GNUFunctions {
    /// `CLONE_NEWNET` from `<sched.h>`.
    static let cloneNewNet: Int32 = 0x4000_0000

    private typealias SetnsFunction = @convention(c) (Int32, Int32) -> Int32
    private typealias Pipe2Function = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32

    private typealias Accept4Function = @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32

    private static let accept4Function: Accept4Function? = lookup("accept4", as: Accept4Function.self)
    private static let setnsFunction: SetnsFunction? = lookup("setns", as: SetnsFunction.self)
    private static let pipe2Function: Pipe2Function? = lookup("pipe2", as: Pipe2Function.self)

    private static func lookup<F>(_ name: String, as type: F.Type) -> F? {
        guard let symbol = dlsym(nil, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    /// Moves the calling thread into the network namespace that `fd` refers to.
    static func setNetworkNamespace(_ fd: Int32, operation: String) throws {
        guard let function = setnsFunction else { throw SystemCall.error(operation, ENOSYS) }
        try SystemCall.check(operation) { function(fd, cloneNewNet) }
    }

    /// A pipe whose two ends are close-on-exec from the start, so that a process spawned by another
    /// thread at the same moment cannot inherit them (it would hold the read end open forever).
    static func closeOnExecPipe(operation: String) throws -> (read: Int32, write: Int32) {
        guard let function = pipe2Function else { throw SystemCall.error(operation, ENOSYS) }
        var fds: [Int32] = [-1, -1]
        try fds.withUnsafeMutableBufferPointer { buffer in
            _ = try SystemCall.check(operation) { function(buffer.baseAddress, O_CLOEXEC) }
        }
        return (fds[0], fds[1])
    }

    /// `accept4` with SOCK_NONBLOCK | SOCK_CLOEXEC, so that an accepted connection never leaks into
    /// a process spawned at the same moment (which would keep the connection open).
    static func accept(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: UnsafeMutablePointer<socklen_t>) -> Int32 {
        guard let function = accept4Function else {
            errno = ENOSYS
            return -1
        }
        return function(fd, address, length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
    }
}
