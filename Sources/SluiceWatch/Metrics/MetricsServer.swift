import Glibc
import Logging
import Synchronization

/// A tiny HTTP/1.1 server for Prometheus: one thread, plain sockets, `GET /metrics` only, one
/// request per connection. Slow clients are cut off by socket timeouts, so one stuck scraper
/// cannot stop the next.
public final class MetricsServer: Sendable {
    /// The address it listens on (with the port actually bound).
    public let address: ListenAddress
    private let fd: Int32
    private let render: @Sendable () -> String
    private let logger: Logger
    private let stopping = Atomic(false)
    private let threads = WorkerThreads()

    /// Binds and listens at once, so a bad address fails the start rather than a later scrape.
    public init(address: ListenAddress, logger: Logger = Logger(label: "sluice.watch.metrics"),
                render: @escaping @Sendable () -> String) throws(SystemError) {
        let family = address.host.family == .ipv4 ? AF_INET : AF_INET6
        let fd = try SystemCall.check("create the metrics socket") {
            socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        do throws(SystemError) {
            var one: Int32 = 1
            try SystemCall.check("set SO_REUSEADDR on the metrics socket") {
                setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            }
            try SocketAddress.with(address) { (sa, length) throws(SystemError) in
                try SystemCall.check("bind the metrics socket to \(address)") { bind(fd, sa, length) }
            }
            try SystemCall.check("listen on \(address)") { listen(fd, 16) }
            self.address = ListenAddress(host: address.host, port: try SocketAddress.boundPort(fd))
        } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        self.render = render
        self.logger = logger
    }

    /// Serves on its own thread until `stop()`.
    public func start() {
        threads.start("sluice-metrics") { [self] _ in serve() }
    }

    /// Stops serving and closes the socket.
    public func stop() {
        stopping.store(true, ordering: .sequentiallyConsistent)
        _ = threads.join(timeout: .seconds(3))
        close(fd)
    }

    private func serve() {
        while !stopping.load(ordering: .sequentiallyConsistent) {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, 200) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            // accept4 is a GNU extension Swift's Glibc does not export; an alert program spawned
            // in between still gets nothing, since it closes every descriptor above 2.
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2048)
        while request.count < 8192 {
            let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            request += buffer.prefix(n)
            if String(decoding: request, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n", maxSplits: 1).first ?? ""
        let parts = line.split(separator: " ")
        let response: String
        if parts.count != 3 || !parts[2].hasPrefix("HTTP/1.") {
            response = Self.response(400, "Bad Request", "bad request\n")
        } else if parts[0] != "GET" {
            response = Self.response(405, "Method Not Allowed", "only GET\n", extra: "Allow: GET\r\n")
        } else if parts[1] != "/metrics" {
            response = Self.response(404, "Not Found", "try /metrics\n")
        } else {
            response = Self.response(200, "OK", render(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
        let bytes = Array(response.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { send(client, $0.baseAddress.map { $0 + offset }, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if n <= 0 {
                logger.debug("a metrics client went away", metadata: ["errno": "\(errno)"])
                return
            }
            offset += n
        }
    }

    static func response(_ code: Int, _ reason: String, _ body: String, type: String = "text/plain; charset=utf-8",
                         extra: String = "") -> String {
        "HTTP/1.1 \(code) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Connection: close\r\n\(extra)\r\n\(body)"
    }
}
