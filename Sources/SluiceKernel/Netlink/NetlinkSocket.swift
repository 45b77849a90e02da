import CNetfilter
import CNetfilterShims
import Glibc

/// A netlink socket (libmnl) opened in a chosen network namespace. Not for concurrent use: one
/// request/response exchange at a time. The monitors wrap their own.
final class NetlinkSocket {
    private let socket: OpaquePointer
    /// The file descriptor, for `poll`.
    let fd: Int32
    /// The port id the kernel assigned.
    let portID: UInt32
    /// The namespace the socket was opened in, for error messages.
    let namespace: NetworkNamespace
    /// The next sequence number to use; batches take a run of them and move it on.
    var sequence: UInt32
    /// Never cleared: allocated, not written, so that only the pages datagrams reach become
    /// resident (a block this large is mapped on its own, in fresh zero pages). Filled with zeros
    /// at the start, each socket's megabyte was resident for good: at 10,000 hosts about 8 of the
    /// watcher's 17 MB of anonymous memory, with most datagrams a few KB and dumps at most 32 KB
    /// (bench/WATCH.md).
    private let receiveBuffer: UnsafeMutableRawBufferPointer
    /// The send buffer's size as last read (the kernel's doubled figure).
    private var sendBufferAtLeast = 0

    /// Opens and binds a netlink socket of `family` in `namespace`, subscribed to `groups`.
    init(family: Int32 = NetlinkConstants.netlinkNetfilter, namespace: NetworkNamespace,
         groups: UInt32 = 0) throws {
        let opened = try namespace.withEntered {
            try SystemCall.check("open a netlink socket in \(namespace)", mnl_socket_open(family))
        }
        socket = opened
        fd = mnl_socket_get_fd(opened)
        self.namespace = namespace
        do {
            try SystemCall.check("bind the netlink socket", mnl_socket_bind(opened, groups, pid_t(0)))
            try SystemCall.check("set FD_CLOEXEC on the netlink socket", fcntl(fd, F_SETFD, FD_CLOEXEC))
        } catch {
            mnl_socket_close(opened)
            throw error
        }
        portID = mnl_socket_get_portid(opened)
        // Sequence numbers only need to be distinct per socket; starting from the clock keeps
        // replies to an earlier process on a reused port id from matching ours.
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        sequence = UInt32(truncatingIfNeeded: now.tv_sec &* 1000 &+ now.tv_nsec / 1_000_000)
        receiveBuffer = .allocate(byteCount: NetlinkSocket.receiveSize, alignment: 16)
    }

    deinit {
        mnl_socket_close(socket)
        receiveBuffer.deallocate()
    }

    /// Large enough for any nf_tables dump datagram (the kernel sizes them to the reader's buffer,
    /// up to 32 KB, plus one oversized element message) and for NFLOG batches.
    static let receiveSize = 1 << 20

    /// Reserves `count` consecutive sequence numbers and returns the first.
    func nextSequence(count: UInt32 = 1) -> UInt32 {
        let first = sequence == 0 ? 1 : sequence
        sequence = first &+ count
        return first
    }

    /// Sets an integer socket option.
    func setOption(level: Int32, name: Int32, value: Int32, _ operation: String) throws {
        var v = value
        try SystemCall.check(operation, setsockopt(fd, level, name, &v, socklen_t(MemoryLayout<Int32>.size)))
    }

    /// Reads an integer socket option.
    func option(level: Int32, name: Int32, _ operation: String) throws -> Int32 {
        var v: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        try SystemCall.check(operation, getsockopt(fd, level, name, &v, &length))
        return v
    }

    /// Raises the send buffer to at least `bytes`: SO_SNDBUFFORCE as root (past net.core.wmem_max),
    /// else as far as SO_SNDBUF goes. The kernel doubles the value it is given.
    func raiseSendBuffer(to bytes: Int) throws {
        // Every transaction asks: a small runtime write (a learned address) should not cost a
        // getsockopt each time. Only this socket sizes its own buffer, so what it saw holds.
        guard bytes * 2 > sendBufferAtLeast else { return }
        sendBufferAtLeast = try sizeBuffer(SO_SNDBUF, force: SO_SNDBUFFORCE, to: bytes, onlyUp: true)
    }

    /// Raises the receive buffer to at least `bytes` (SO_RCVBUFFORCE, else SO_RCVBUF).
    func raiseReceiveBuffer(to bytes: Int) throws {
        try sizeBuffer(SO_RCVBUF, force: SO_RCVBUFFORCE, to: bytes, onlyUp: true)
    }

    /// Sets the receive buffer to `bytes` (SO_RCVBUFFORCE as root, else SO_RCVBUF), up or down.
    func setReceiveBuffer(to bytes: Int) throws {
        try sizeBuffer(SO_RCVBUF, force: SO_RCVBUFFORCE, to: bytes, onlyUp: false)
    }

    /// Sizes a socket buffer with the root-only `force` option, else the plain one (capped by the
    /// net.core sysctl); with `onlyUp`, leaves a buffer that is already large enough alone.
    /// Returns the size it found large enough, or the doubled size it asked for (what the
    /// kernel keeps; a plain SO_RCVBUF/SO_SNDBUF capped by the sysctl may keep less, which only
    /// means the caller may ask again).
    @discardableResult
    private func sizeBuffer(_ name: Int32, force: Int32, to bytes: Int, onlyUp: Bool) throws -> Int {
        let label = name == SO_SNDBUF ? "SO_SNDBUF" : "SO_RCVBUF"
        if onlyUp {
            let current = try option(level: SOL_SOCKET, name: name, "read \(label)")
            guard Int(current) < bytes * 2 else { return Int(current) }
        }
        let value = Int32(clamping: bytes)
        if setsockoptInt(SOL_SOCKET, force, value) != 0 {
            try setOption(level: SOL_SOCKET, name: name, value: value, "\(onlyUp ? "raise" : "set") \(label) to \(bytes) bytes")
            return 0
        }
        return Int(value) * 2
    }

    private func setsockoptInt(_ level: Int32, _ name: Int32, _ value: Int32) -> Int32 {
        var v = value
        return setsockopt(fd, level, name, &v, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Sends one buffer (one or many messages) to the kernel in a single `sendmsg`.
    func send(_ bytes: UnsafeRawBufferPointer, _ operation: @autoclosure () -> String) throws {
        var address = sockaddr_nl()
        address.nl_family = sa_family_t(AF_NETLINK)
        var iov = iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count)
        let sent = try withUnsafeMutablePointer(to: &address) { addr in
            try withUnsafeMutablePointer(to: &iov) { iovp in
                var message = msghdr()
                message.msg_name = UnsafeMutableRawPointer(addr)
                message.msg_namelen = socklen_t(MemoryLayout<sockaddr_nl>.size)
                message.msg_iov = iovp
                message.msg_iovlen = 1
                return try SystemCall.retrying(operation()) { sendmsg(fd, &message, 0) }
            }
        }
        if sent != bytes.count {
            throw KernelError.malformed(operation: operation(), detail: "sent \(sent) of \(bytes.count) bytes")
        }
    }

    /// Waits up to `timeout` milliseconds (-1: forever) for the socket to be readable; false on
    /// timeout.
    func wait(timeout: Int32) throws -> Bool {
        var fds = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = try SystemCall.retrying("poll the netlink socket") { poll(&fds, 1, timeout) }
        return ready > 0 && fds.revents != 0
    }

    /// Receives one datagram. With `nonBlocking`, returns nil when nothing is queued.
    func receive(nonBlocking: Bool = false, _ operation: @autoclosure () -> String) throws -> ArraySlice<UInt8>? {
        let flags = nonBlocking ? Int32(MSG_DONTWAIT) : 0
        while true {
            let n = recv(fd, receiveBuffer.baseAddress, receiveBuffer.count, flags)
            if n == -1 {
                let e = Glibc.errno
                if e == EINTR { continue }
                if nonBlocking && (e == EAGAIN || e == EWOULDBLOCK) { return nil }
                throw KernelError.system(operation: operation(), errno: e)
            }
            // A copy of just this datagram: decoded values keep slices of it, and slices of the
            // reused buffer would make every later receive copy the whole buffer.
            return Array(UnsafeRawBufferPointer(rebasing: receiveBuffer[0..<n]))[...]
        }
    }
}

