internal import CSystemShims
import Glibc

/// Descriptors made with the GNU calls that create them close-on-exec from the start, so that a
/// process spawned by another thread at the same moment cannot inherit them.
public enum Descriptors {
    /// A pipe whose two ends are close-on-exec (`pipe2(O_CLOEXEC)`): inherited, a read end would
    /// be held open for ever by the child.
    public static func closeOnExecPipe(_ operation: @autoclosure () -> String) throws(SystemError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        try fds.withUnsafeMutableBufferPointer { (buffer) throws(SystemError) in
            _ = try SystemCall.retrying(operation()) { sluice_pipe_cloexec(buffer.baseAddress) }
        }
        return (fds[0], fds[1])
    }

    /// A non-blocking, close-on-exec eventfd (counter 0): another thread writes to it to wake a
    /// `poll`.
    public static func wakeEventDescriptor(_ operation: @autoclosure () -> String) throws(SystemError) -> Int32 {
        try SystemCall.check(operation(), sluice_eventfd())
    }

    /// `accept4` with SOCK_NONBLOCK | SOCK_CLOEXEC: an accepted connection never leaks into a
    /// process spawned at the same moment (which would keep the connection open). -1/errno on
    /// failure, like `accept`.
    public static func accept(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>,
                              _ length: UnsafeMutablePointer<socklen_t>) -> Int32 {
        sluice_accept_cloexec(fd, address, length)
    }

    /// A close-on-exec UDP socket connected to `address` (the kernel then drops datagrams from
    /// anyone else); the descriptor is closed again when the connect fails.
    public static func connectedDatagramSocket(to address: SocketAddress,
                                               _ operation: @autoclosure () -> String) throws(SystemError) -> Int32 {
        let fd = try SystemCall.check(operation(), socket(address.family, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0))
        do throws(SystemError) {
            _ = try SystemCall.check(operation(), address.withSockaddr { connect(fd, $0, $1) })
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Waits up to `nanoseconds` for `fd` to be readable (`ppoll`): true when it is, false when
    /// the time passed or the wait failed. For waits shorter than `poll`'s millisecond.
    public static func waitForInput(_ fd: Int32, nanoseconds: Int) -> Bool {
        sluice_poll_input_ns(fd, nanoseconds) > 0
    }
}
