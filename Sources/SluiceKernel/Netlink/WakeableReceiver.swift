import Glibc
import SluiceSystem
import Synchronization

/// A netlink socket that a consumer reads with a timeout and that another thread can stop
/// (an eventfd wakes a blocked wait).
///
/// The wait is an epoll instance that holds both descriptors from the start: a held DNS answer
/// waits here once per answer, and `poll` would register with both descriptors' wait queues and
/// take itself off again at every call.
///
/// Unchecked Sendable: the socket is only touched under `lock`; `stop` touches only the atomic
/// flag and the eventfd, both safe from any thread.
final class WakeableReceiver: @unchecked Sendable {
    /// What one wait gave.
    enum Outcome {
        case datagram(ArraySlice<UInt8>)
        /// The kernel dropped messages because the receive buffer was full (ENOBUFS).
        case overrun
        case timedOut
        case stopped
    }

    private let socket: NetlinkSocket
    private let lock = Mutex<Void>(())
    private let wake: Int32
    /// Watches the socket (index 0) and `wake` (index 1).
    private let waiter: InputWaiter
    private let stopped = Atomic<Bool>(false)
    let fd: Int32

    init(_ socket: NetlinkSocket) throws {
        let wake: Int32
        do throws(SystemError) {
            wake = try Descriptors.wakeEventDescriptor("create an eventfd to stop the monitor")
            do {
                waiter = try InputWaiter([socket.fd, wake], "create an epoll instance for the monitor")
            } catch {
                close(wake)
                throw error
            }
        } catch {
            throw KernelError(error)
        }
        self.wake = wake
        fd = socket.fd
        self.socket = socket
    }

    deinit {
        close(wake)
    }

    var isStopped: Bool { stopped.load(ordering: .acquiring) }

    /// Makes a blocked or later `receive` return `.stopped`; callable from any thread.
    func stop() {
        stopped.store(true, ordering: .releasing)
        var one: UInt64 = 1
        _ = write(wake, &one, 8)
    }

    /// Waits up to `timeout` milliseconds (nil: until stopped) for one datagram.
    func receive(timeout: Int32?, _ operation: @autoclosure () -> String) throws -> Outcome {
        if isStopped { return .stopped }
        return try lock.withLock { _ in
            let ready = try wait(timeout: timeout ?? -1)
            if isStopped { return .stopped }
            guard ready else { return .timedOut }
            do {
                guard let datagram = try socket.receive(nonBlocking: true, operation()) else { return .timedOut }
                return .datagram(datagram)
            } catch KernelError.system(_, ENOBUFS) {
                return .overrun
            }
        }
    }

    /// Whether the socket became readable within `timeout` milliseconds (-1: no limit); false
    /// on timeout and when woken by `stop`.
    private func wait(timeout: Int32) throws -> Bool {
        let ready: UInt64
        do {
            ready = try waiter.wait(timeout: timeout, "wait on the netlink socket")
        } catch {
            throw KernelError(error)
        }
        return ready == 1
    }

    /// The next datagram already queued, without waiting or polling (`.timedOut` when none): a
    /// reader that was told the socket is readable takes a burst with one system call each.
    func receiveQueued(_ operation: @autoclosure () -> String) throws -> Outcome {
        if isStopped { return .stopped }
        return try lock.withLock { _ in
            do {
                guard let datagram = try socket.receive(nonBlocking: true, operation()) else { return .timedOut }
                return .datagram(datagram)
            } catch KernelError.system(_, ENOBUFS) {
                return .overrun
            }
        }
    }
}
