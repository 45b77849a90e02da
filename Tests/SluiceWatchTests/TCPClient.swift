import Foundation
import Glibc

/// A raw TCP client, for talking to the metrics endpoint the way a scraper or an attacker would:
/// it sends exactly what a test says, when it says, and tells when the server hung up.
// Used by one thread at a time; tests hand it to the thread that trickles.
final class TCPClient: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var what: String
        var code: Int32
        var description: String { "\(what): \(String(cString: strerror(code)))" }
    }

    private let fd: Int32

    /// Connects to `host` (an IPv4 or IPv6 literal) and `port`.
    init(host: String, port: UInt16) throws {
        var v4 = sockaddr_in()
        var v6 = sockaddr_in6()
        let family: Int32
        if inet_pton(AF_INET, host, &v4.sin_addr) == 1 {
            family = AF_INET
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
        } else if inet_pton(AF_INET6, host, &v6.sin6_addr) == 1 {
            family = AF_INET6
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = port.bigEndian
        } else {
            throw Failure(what: "parse \(host)", code: EINVAL)
        }
        fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(what: "socket", code: errno) }
        let result = family == AF_INET
            ? withUnsafePointer(to: &v4) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            : withUnsafePointer(to: &v6) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        if result != 0 {
            let code = errno
            close(fd)
            throw Failure(what: "connect to \(host) port \(port)", code: code)
        }
    }

    deinit {
        close(fd)
    }

    /// Sends the bytes; false once the server no longer takes them.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n > 0 {
                offset += n
            } else if n == -1 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Reads until the server closes the connection or `timeout` passes; `closed` says which.
    func readAll(timeout: Duration) -> (text: String, closed: Bool) {
        let deadline = ContinuousClock.now + timeout
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return (String(decoding: out, as: UTF8.self), false) }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 1, Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            if ready <= 0 { continue }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                out += buffer.prefix(n)
            } else if n == -1 && errno == EINTR {
                continue
            } else {
                // End of stream, or a reset: either way the server hung up.
                return (String(decoding: out, as: UTF8.self), true)
            }
        }
    }
}
