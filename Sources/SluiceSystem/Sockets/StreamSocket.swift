import Glibc
import Synchronization

/// A connected TCP socket with blocking reads and writes bounded by a timeout; another thread may
/// `shutdown()` it to end a read that waits (a watch stream being cancelled).
public final class StreamSocket: Sendable {
    /// The descriptor, or -1 once closed.
    private let descriptor: Mutex<Int32>
    /// The descriptor as connected (for TLS, which reads and writes it itself).
    public let fd: Int32

    /// Connects to `host` (a name or an address) and `port`, trying each address in turn, each
    /// within `timeout`; reads and writes then wait at most `ioTimeout` (nil: without limit).
    public init(host: String, port: UInt16, timeout: Duration, ioTimeout: Duration?) throws(SystemError) {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let code = getaddrinfo(host, String(port), &hints, &list)
        guard code == 0, let first = list else {
            throw SystemError(operation: "resolve \(host): \(String(cString: gai_strerror(code)))", errno: EHOSTUNREACH)
        }
        defer { freeaddrinfo(list) }
        var lastError = SystemError(operation: "connect to \(host):\(port)", errno: EHOSTUNREACH)
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            do throws(SystemError) {
                let connected = try Self.connect(info.pointee, host: host, port: port, timeout: timeout)
                if let ioTimeout { Self.setTimeouts(connected, ioTimeout) }
                fd = connected
                descriptor = Mutex(connected)
                return
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    private static func connect(_ info: addrinfo, host: String, port: UInt16, timeout: Duration) throws(SystemError) -> Int32 {
        let fd = try SystemCall.check("socket", socket(info.ai_family, info.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.ai_protocol))
        // Non-blocking for the connect alone, so that an unreachable endpoint costs `timeout`, not minutes.
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        if Glibc.connect(fd, info.ai_addr, info.ai_addrlen) != 0 {
            let code = errno
            guard code == EINPROGRESS else {
                Glibc.close(fd)
                throw SystemError(operation: "connect to \(host):\(port)", errno: code)
            }
            var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&entry, 1, Int32(max(1, timeout.secondsValue * 1000)))
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &length)
            if ready <= 0 || failure != 0 {
                Glibc.close(fd)
                throw SystemError(operation: "connect to \(host):\(port)", errno: ready <= 0 ? ETIMEDOUT : failure)
            }
        }
        _ = fcntl(fd, F_SETFL, flags)
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    private static func setTimeouts(_ fd: Int32, _ timeout: Duration) {
        let microseconds = Int(timeout.secondsValue * 1_000_000)
        var value = timeval(tv_sec: microseconds / 1_000_000, tv_usec: microseconds % 1_000_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the stream.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        try SystemCall.retrying("read from a stream socket") { recv(fd, buffer.baseAddress, buffer.count, 0) }
    }

    /// Writes every byte.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let sent = try SystemCall.retrying("write to a stream socket") {
                send(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            offset += sent
        }
    }

    /// Turns on TCP keepalive probes: a peer that vanished without closing (a partition, a host
    /// powered off) is noticed after about `idle` plus three `interval`s, even by a read that waits
    /// without a timeout (a watch stream).
    public func keepAlive(idle: Int32 = 10, interval: Int32 = 5) {
        var on: Int32 = 1, idle = idle, interval = interval, count: Int32 = 3
        let size = socklen_t(MemoryLayout<Int32>.size)
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, size)
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_KEEPIDLE, &idle, size)
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_KEEPINTVL, &interval, size)
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_KEEPCNT, &count, size)
    }

    /// Ends reads and writes in progress on other threads (they return end of stream or fail).
    public func shutdown() {
        descriptor.withLock { fd in
            if fd >= 0 { _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    /// Closes the descriptor (once).
    public func close() {
        descriptor.withLock { fd in
            if fd >= 0 { Glibc.close(fd) }
            fd = -1
        }
    }

    deinit { close() }
}
