import Dispatch
import Foundation
import Glibc
import Logging
import ServiceLifecycle
import SluiceCompiler
import Synchronization

/// `sluice watch` as a `ServiceLifecycle.Service`: runs until cancelled or asked to shut down
/// gracefully (SIGTERM through the service group), then writes usage a last time.
///
/// At start, before anything else, the engine restores usage and containments from the store.
/// Then three threads run: kernel events (quota events contain at once), the poll (usage, rollover,
/// expiry, the live policy), and store writes; alerts run on the dispatcher's threads. SIGHUP (or a
/// new live version in the store) makes the watcher follow the newly applied policy. The process
/// ignores SIGPIPE, so a closed standard output or metrics client cannot kill it.
public final class WatchService: Service {
    private let configuration: WatchConfiguration
    private let kernel: any WatchKernel
    private let events: any WatchEventSource
    private let flows: (any ConnectionSource)?
    private let store: any WatchStore
    private let clock: any WatchClock
    private let initialPolicy: CompiledPolicy?
    private let alertWriter: any AlertLineWriter
    private let metricsAddress: ListenAddress?
    private let metricsTextfile: MetricsTextfile?
    private let handleHangup: Bool
    private let logger: Logger
    private let runtime = Mutex<WatchRuntime?>(nil)
    private let fleet: (any WatchFleet)?
    private let names: (any NameKernel)?

    /// Creates the service. Without `compiled`, the store's live version is followed from the start.
    public init(configuration: WatchConfiguration, kernel: any WatchKernel, events: any WatchEventSource,
                flows: (any ConnectionSource)? = nil,
                store: any WatchStore, compiled: CompiledPolicy? = nil, clock: any WatchClock = SystemClock(),
                alertWriter: any AlertLineWriter = StandardOutputWriter(), metricsAddress: ListenAddress? = nil,
                metricsTextfile: MetricsTextfile? = nil, handleHangup: Bool = true, fleet: (any WatchFleet)? = nil,
                names: (any NameKernel)? = nil, logger: Logger = Logger(label: "sluice.watch")) {
        self.fleet = fleet
        self.names = names
        self.configuration = configuration
        self.kernel = kernel
        self.events = events
        self.flows = flows
        self.store = store
        self.clock = clock
        initialPolicy = compiled
        self.alertWriter = alertWriter
        self.metricsAddress = metricsAddress
        self.metricsTextfile = metricsTextfile
        self.handleHangup = handleHangup
        self.logger = logger
    }

    /// Runs the watcher until cancellation or graceful shutdown.
    public func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let table = configuration.table
        var version: Int64?
        let compiled: CompiledPolicy
        if let initialPolicy {
            compiled = initialPolicy
        } else {
            guard let live = try store.liveVersionID(table: table) else { throw WatchError.noLivePolicy(table: table) }
            compiled = try store.compiledPolicy(version: live)
            version = live
        }
        guard compiled.ruleset.table == table else {
            throw WatchError.tableMismatch(expected: table, got: compiled.ruleset.table)
        }
        let engine = WatchEngine(compiled: compiled, version: version, configuration: configuration, kernel: kernel,
                                 store: store, clock: clock, logger: logger)
        let dispatcher = AlertDispatcher(writer: alertWriter, timeout: configuration.alertTimeout,
                                         concurrency: configuration.alertConcurrency,
                                         queueLimit: configuration.alertQueueLimit, logger: logger)
        let executor = EffectExecutor(store: store, alerts: dispatcher, table: table, logger: logger)
        // Restore before anything else runs; the writes it asks for are made before the loops start.
        executor.run(engine.start())
        let current = WatchRuntime(engine: engine, configuration: configuration, kernel: kernel, events: events,
                                   store: store, clock: clock, executor: executor, dispatcher: dispatcher,
                                   textfile: metricsTextfile, flows: flows, compiled: compiled, fleet: fleet,
                                   names: names, logger: logger)
        let endpoint = metricsAddress.map { address in
            MetricsEndpoint(address: address, retry: configuration.metricsRetryInterval, logger: logger) {
                current.metrics().prometheusText
            }
        }
        endpoint?.start()
        runtime.withLock { $0 = current }
        current.start()
        let hangup = handleHangup ? Self.hangupSource { [weak self] in self?.requestReload() } : nil
        logger.info("watching", metadata: ["table": "\(table)", "quotas": "\(compiled.quotas.count)",
                                           "metrics": "\(endpoint.map { $0.listening?.description ?? "not listening yet" } ?? "-")"])
        await withTaskCancellationOrGracefulShutdownHandler {
            await current.stop.wait()
        } onCancelOrGracefulShutdown: {
            current.stop.stop()
        }
        hangup?.cancel()
        endpoint?.stop()
        current.finish()
        runtime.withLock { $0 = nil }
        logger.info("stopped watching", metadata: ["table": "\(table)"])
    }

    /// Follows the store's live policy at the next poll, even if its version did not change.
    public func requestReload() {
        guard let current = runtime.withLock({ $0 }) else { return }
        current.reloadRequested.store(true, ordering: .sequentiallyConsistent)
        current.pollWake.wake()
    }

    /// Reads the kernel now rather than at the next tick.
    public func requestPoll() {
        runtime.withLock { $0 }?.pollWake.wake()
    }

    /// The running watcher's status, or nil when it is not running.
    public func status() -> WatchStatus? {
        runtime.withLock { $0 }?.engine.withLock { $0.status() }
    }

    /// The running watcher's figures, or nil when it is not running.
    public func metrics() -> MetricsSnapshot? {
        runtime.withLock { $0 }?.metrics()
    }

    /// SIGHUP as a dispatch source (the signal itself is ignored, so it cannot end the process).
    private static func hangupSource(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
