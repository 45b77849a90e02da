import Foundation
import Logging
import SluiceSystem
import SluiceWatch
import Synchronization

/// The watcher's link to its fleet through a `ClusterStore` (etcd): one thread follows the
/// table's keys with a watch (no polling) and one writes this gateway's containment decisions
/// and usage. Neither ever holds the watcher up: the watcher hands over and takes state through
/// `FleetState` behind a lock.
///
/// When etcd cannot be reached the link says so (`degraded`), keeps what it has not written, and
/// on return resumes the watch where it stopped (or reads everything again after a compaction)
/// and rewrites its usage in full.
public final class FleetLink: WatchFleet, @unchecked Sendable {
    let store: any ClusterStore
    let keys: FleetKeys
    /// This gateway's name in keys.
    public let gateway: String
    let leaseTTL: Int
    let logger: Logger
    let state: Mutex<FleetState>
    let writeWake = WakeSignal()
    let stopped = Atomic(false)
    let degradedFlag = Atomic(false)
    let arrivals = Mutex<(@Sendable () -> Void)?>(nil)
    let threads = Mutex<[JoinableThread]>([])

    /// A link for `gateway` on `table`'s keys. The usage lease lives `leaseTTL` seconds after the
    /// gateway last renewed it.
    public init(store: any ClusterStore, table: String, gateway: String, leaseTTL: Int = 10,
                logger: Logger = Logger(label: "sluice.fleet")) {
        self.store = store
        keys = FleetKeys(table: table)
        self.gateway = gateway
        self.leaseTTL = leaseTTL
        self.logger = logger
        state = Mutex(FleetState(keys: keys, gateway: gateway))
    }

    public func start(wake: @escaping @Sendable () -> Void) {
        arrivals.withLock { $0 = wake }
        do {
            let follower = try JoinableThread.start("start the fleet watch thread") { [self] in followLoop() }
            let writer = try JoinableThread.start("start the fleet write thread") { [self] in writeLoop() }
            threads.withLock { $0 = [follower, writer] }
        } catch {
            logger.error("could not start the fleet threads", metadata: ["error": "\(error)"])
            degradedFlag.store(true, ordering: .relaxed)
        }
    }

    public func observe(_ effects: [WatchEffect]) {
        let queued = state.withLock { state in
            let before = state.pendingContainments.count
            state.observe(effects, at: Date())
            return state.pendingContainments.count != before
        }
        if queued { writeWake.wake() }
    }

    public func publish(_ usage: [FleetUsage]) {
        state.withLock { $0.latestUsage = usage }
        writeWake.wake()
    }

    public func take() -> FleetInbox {
        state.withLock { $0.take() }
    }

    public var degraded: Bool { degradedFlag.load(ordering: .relaxed) }

    public func stop() {
        guard !stopped.exchange(true, ordering: .relaxed) else { return }
        store.stopWatching()
        writeWake.wake()
        for thread in threads.withLock({ $0 }) { thread.join() }
    }

    /// Notes a failure or a recovery; a change is logged and wakes the watcher (which alerts).
    func setDegraded(_ degraded: Bool, _ error: (any Error)? = nil) {
        let was = degradedFlag.exchange(degraded, ordering: .relaxed)
        if was != degraded { notifyArrival() }
        if degraded && !was {
            logger.error("cluster degraded: etcd unreachable; enforcing with the last known global usage",
                         metadata: ["error": "\(error.map { "\($0)" } ?? "-")"])
        } else if !degraded && was {
            logger.notice("cluster reachable again; reconciling")
        }
    }

    func notifyArrival() {
        arrivals.withLock { $0 }?()
    }
}
