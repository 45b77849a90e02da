import Glibc
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import SluiceSystem
import Synchronization

/// The HTTP endpoint Prometheus scrapes (`--metrics-address`): SwiftNIO's HTTP/1 server on one
/// event-loop thread, one request per connection. Clients are served side by side, so a slow one
/// delays no other; each is held to `MetricsServerLimits` (request within 5 s, at most 8 KiB,
/// at most 64 connections at once).
public final class MetricsServer: Sendable {
    /// The address it listens on, with the port actually bound.
    public let address: ListenAddress
    private let group: MultiThreadedEventLoopGroup
    private let channels: [any Channel]
    private let stopped = Atomic(false)

    /// Binds and serves at once, so a busy address is known at once (`MetricsEndpoint` tries
    /// again). The errors name `--metrics-address`.
    public init(address: ListenAddress, limits: MetricsServerLimits = MetricsServerLimits(),
                logger: Logger = Logger(label: "sluice.watch.metrics"),
                render: @escaping @Sendable () -> String) throws(SystemError) {
        // One thread: scrapes are rare and small, and the watcher's memory is counted in megabytes.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let count = MetricsConnectionCount(limit: limits.connections)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 128)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                guard count.enter() else { return channel.close() }
                channel.closeFuture.whenComplete { _ in count.leave() }
                return channel.eventLoop.makeCompletedFuture(withResultOf: {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(MetricsConnectionGuard(limits: limits))
                    try pipeline.configureHTTPServerPipeline(withPipeliningAssistance: false, withErrorHandling: true)
                    try pipeline.addHandler(MetricsRequestHandler(render: render))
                })
            }
        do throws(SystemError) {
            (self.address, channels) = try Self.bind(bootstrap, address, logger: logger)
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        self.group = group
        group.next().scheduleRepeatedTask(initialDelay: .seconds(60), delay: .seconds(60)) { _ in
            let refused = count.takeRefused()
            if refused > 0 {
                logger.warning("metrics connections refused: too many open at once",
                               metadata: ["refused": "\(refused)", "limit": "\(count.limit)"])
            }
        }
    }

    /// Stops serving: closes the listening sockets and every open connection.
    public func stop() {
        guard !stopped.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for channel in channels { try? channel.close().wait() }
        try? group.syncShutdownGracefully()
    }

    /// Binds every host of `address` on one port (the first one's, when port 0 asked for any).
    private static func bind(_ bootstrap: ServerBootstrap, _ address: ListenAddress,
                             logger: Logger) throws(SystemError) -> (ListenAddress, [any Channel]) {
        var channels: [any Channel] = []
        var bound = address
        do throws(SystemError) {
            for host in address.hosts {
                let place = ListenAddress.text(host, port: bound.port)
                do {
                    let channel = try bootstrap.bind(to: try NIOCore.SocketAddress(ipAddress: host.description, port: Int(bound.port))).wait()
                    channels.append(channel)
                    if bound.port == 0 { bound.port = UInt16(channel.localAddress?.port ?? 0) }
                } catch let error as IOError where address.isDefaultLoopback && host.family == .ipv6
                    && [EADDRNOTAVAIL, EAFNOSUPPORT].contains(error.errnoCode) {
                    // IPv6 is off on this machine: 127.0.0.1 alone is loopback enough.
                    logger.notice("metrics endpoint: no IPv6 loopback here; serving 127.0.0.1 only",
                                  metadata: ["error": "\(error)"])
                    bound.hosts.removeAll { $0 == host }
                } catch let error as IOError {
                    throw SystemError(operation: "--metrics-address: listen on \(place)", errno: error.errnoCode)
                } catch {
                    throw SystemError(operation: "--metrics-address: listen on \(place) (\(error))", errno: EINVAL)
                }
            }
        } catch {
            for channel in channels { try? channel.close().wait() }
            throw error
        }
        return (bound, channels)
    }
}
