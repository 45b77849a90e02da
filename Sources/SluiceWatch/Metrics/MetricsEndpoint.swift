import Dispatch
import Logging
import SluiceSystem
import Synchronization

/// The `--metrics-address` endpoint as the watcher keeps it: bound at start when it can be, and
/// tried again every `retry` until it is.
///
/// Containment must not depend on a port: above 1024 any local user can take it first, and a
/// watcher that stopped on a busy port would, under `Restart=always`, never contain anything.
final class MetricsEndpoint: Sendable {
    private struct State {
        var server: MetricsServer?
        var failures = 0
        var stopped = false
    }

    private let address: ListenAddress
    private let retry: Duration
    private let logger: Logger
    private let render: @Sendable () -> String
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "sluice.watch.metrics-endpoint")

    init(address: ListenAddress, retry: Duration, logger: Logger, render: @escaping @Sendable () -> String) {
        self.address = address
        self.retry = retry
        self.logger = logger
        self.render = render
    }

    /// Where it listens now, or nil while the address could not be bound.
    var listening: ListenAddress? { state.withLock { $0.server?.address } }

    /// Binds now; on failure logs an error and keeps trying in the background.
    func start() { attempt() }

    /// Stops serving and trying.
    func stop() {
        let server = state.withLock { state -> MetricsServer? in
            state.stopped = true
            defer { state.server = nil }
            return state.server
        }
        server?.stop()
    }

    private func attempt() {
        guard !state.withLock({ $0.stopped }) else { return }
        do throws(SystemError) {
            let server = try MetricsServer(address: address, logger: logger, render: render)
            let (kept, failures) = state.withLock { state -> (Bool, Int) in
                if !state.stopped { state.server = server }
                return (!state.stopped, state.failures)
            }
            guard kept else { return server.stop() }
            if failures > 0 {
                logger.notice("metrics endpoint listening", metadata: ["address": "\(server.address)",
                                                                       "failed tries": "\(failures)"])
            }
        } catch {
            let failures = state.withLock { state -> Int in
                state.failures += 1
                return state.failures
            }
            // The first failure and then one in twenty: loud enough to be seen, not a flood.
            if failures == 1 || failures.isMultiple(of: 20) {
                logger.error("metrics endpoint: cannot listen; watching and containing without it, trying again",
                             metadata: ["error": "\(error)", "every": "\(retry)", "failed tries": "\(failures)"])
            }
            queue.asyncAfter(deadline: .now() + retry.secondsValue) { [self] in attempt() }
        }
    }
}
