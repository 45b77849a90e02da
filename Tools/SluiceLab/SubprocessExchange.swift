import Glibc
import SluiceSystem

/// The parent's side of a running child's standard streams: feeds it its input and collects what
/// it writes to standard output and error, in one poll loop so that neither side can block the other.
struct SubprocessExchange {
    /// The command, for error messages.
    private let label: String
    /// Input not yet sent.
    private var pending: [UInt8]
    private var inputFD: Int32
    private var outFD: Int32
    private var errFD: Int32
    /// What the child wrote to standard output so far.
    private(set) var output: [UInt8] = []
    /// What the child wrote to standard error so far.
    private(set) var errors: [UInt8] = []

    /// Takes over the parent's ends of `pipes`; `closeRemaining` closes what is still open of them.
    init(label: String, input: String?, pipes: SubprocessPipes) {
        self.label = label
        pending = Array((input ?? "").utf8)
        inputFD = pipes.input.parent
        outFD = pipes.output.read
        errFD = pipes.error.read
    }

    /// Feeds the input and collects output until both output streams end (true), or until
    /// `deadline` passes first (false).
    mutating func pump(until deadline: Deadline) throws -> Bool {
        if inputFD >= 0 {
            let fd = inputFD
            try SystemCall.retrying("make input of \(label) non-blocking") { fcntl(fd, F_SETFL, O_NONBLOCK) }
            if pending.isEmpty { close(inputFD); inputFD = -1 }
        }
        while outFD >= 0 || errFD >= 0 {
            var fds: [pollfd] = []
            if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
            if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            let ready = try SystemCall.retrying("poll output of \(label)") {
                poll(&fds, nfds_t(fds.count), deadline.pollMilliseconds)
            }
            if ready == 0 { return false }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    sendPending()
                } else if entry.fd == outFD {
                    if try !Self.drain(outFD, into: &output, label: label) { close(outFD); outFD = -1 }
                } else if entry.fd == errFD {
                    if try !Self.drain(errFD, into: &errors, label: label) { close(errFD); errFD = -1 }
                }
            }
        }
        return true
    }

    /// Closes the parent's ends that are still open.
    func closeRemaining() {
        [inputFD, outFD, errFD].filter { $0 >= 0 }.forEach { close($0) }
    }

    /// Sends what the input socket takes now; shuts it down once all is sent.
    private mutating func sendPending() {
        let fd = inputFD
        let sent = SystemCall.attempt("write input of \(label)") {
            pending.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        switch sent {
        case .success(let count):
            pending.removeFirst(count)
        case .failure(let error) where error.errno == EAGAIN:
            break
        case .failure:
            // The child stopped reading (EPIPE): what it did with the rest shows in its status.
            pending.removeAll()
        }
        if pending.isEmpty {
            shutdown(inputFD, Int32(SHUT_WR))
            close(inputFD)
            inputFD = -1
        }
    }

    /// Reads what is available; false at end of file.
    private static func drain(_ fd: Int32, into buffer: inout [UInt8], label: String) throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16384)
        let outcome = SystemCall.attempt("read output of \(label)") {
            chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        }
        switch outcome {
        case .success(0):
            return false
        case .success(let count):
            buffer.append(contentsOf: chunk[0..<count])
            return true
        case .failure(let error) where error.errno == EAGAIN:
            return true
        case .failure(let error):
            throw error
        }
    }
}
