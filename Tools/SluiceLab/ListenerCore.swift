import Glibc
import SluiceSystem
import Synchronization

/// What TCP and UDP listeners share: the bound socket, the pipe that wakes the serving thread to
/// stop, the thread, and the counts.
final class ListenerCore: Sendable {
    let socket: LabSocket
    let wake: (read: Int32, write: Int32)
    private let state = Mutex(State())

    private struct State {
        var counts = ByteCounts()
        var thread: JoinableThread?
        var stopped = false
    }

    init(socket: LabSocket, label: String) throws {
        self.socket = socket
        wake = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe("pipe for \(label)") }
    }

    /// Starts the serving thread; on failure the descriptors are closed.
    func startThread(_ label: String, _ serve: @escaping @Sendable () -> Void) throws {
        do {
            let thread = try LabError.converting { () throws(SystemError) in try JoinableThread.start(label, serve) }
            state.withLock { $0.thread = thread }
        } catch {
            closeDescriptors()
            throw error
        }
    }

    var isRunning: Bool {
        state.withLock { !$0.stopped }
    }

    func counts() -> ByteCounts {
        state.withLock { $0.counts }
    }

    func update(_ change: (inout ByteCounts) -> Void) {
        state.withLock { change(&$0.counts) }
    }

    func waitForBytes(_ bytes: Int, from peer: LabAddress?, timeout: Duration) -> Bool {
        let deadline = Deadline(after: timeout)
        while true {
            let counts = self.counts()
            let have = peer.map { counts.bytes(from: $0) } ?? counts.total
            if have >= bytes { return true }
            if deadline.hasPassed { return false }
            Deadline.sleep(.milliseconds(1))
        }
    }

    /// Wakes the thread, waits for it to end, then closes the descriptors; idempotent.
    func stop() {
        let thread: JoinableThread? = state.withLock { state in
            if state.stopped { return nil }
            state.stopped = true
            return state.thread
        }
        guard let thread else { return }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        thread.join()
        closeDescriptors()
    }

    /// Polls the wake pipe and the socket (plus `extra`); false when the listener must stop.
    func waitForEvents(_ extra: [Int32], ready: inout [pollfd]) -> Bool {
        ready = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
                 pollfd(fd: socket.fd, events: Int16(POLLIN), revents: 0)]
        ready += extra.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        // A failing poll can only be a bug (EFAULT/EINVAL); stopping shows it, spinning would hide it.
        let outcome = SystemCall.attempt("poll \(socket.label)") { poll(&ready, nfds_t(ready.count), -1) }
        guard case .success = outcome else { return false }
        return ready[0].revents == 0
    }

    private func closeDescriptors() {
        socket.close()
        _ = close(wake.read)
        _ = close(wake.write)
    }
}
