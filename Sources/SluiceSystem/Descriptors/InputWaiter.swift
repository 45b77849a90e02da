internal import CSystemShims
import Glibc

/// An epoll instance that watches a fixed list of descriptors for input. A thread that waits
/// once per message (a held DNS answer) does not register with each descriptor's wait queue and
/// take itself off again at every wait, as `poll` does.
///
/// Unchecked Sendable: the descriptor list never changes after `init`; epoll_wait is safe from
/// any thread.
public final class InputWaiter: @unchecked Sendable {
    private let instance: Int32

    /// Watches `descriptors` (at most 64); `wait` reports them by their index in this list.
    public init(_ descriptors: [Int32], _ operation: @autoclosure () -> String) throws(SystemError) {
        precondition(descriptors.count <= 64, "an InputWaiter reports at most 64 descriptors")
        instance = try SystemCall.check(operation(), sluice_epoll_create())
        for (index, descriptor) in descriptors.enumerated() where sluice_epoll_watch_input(instance, descriptor, UInt32(index)) != 0 {
            let code = errno
            close(instance)
            throw SystemError(operation: operation(), errno: code)
        }
    }

    deinit {
        close(instance)
    }

    /// Waits up to `timeout` milliseconds (-1: no limit); returns the ready descriptors' indexes as
    /// bits (bit N for the N-th), 0 on timeout. An interrupted wait is waited again.
    public func wait(timeout: Int32, _ operation: @autoclosure () -> String) throws(SystemError) -> UInt64 {
        var ready: UInt64 = 0
        try SystemCall.retrying(operation()) { sluice_epoll_wait_input(instance, timeout, &ready) }
        return ready
    }
}
