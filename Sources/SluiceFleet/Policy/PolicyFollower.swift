import Foundation
import Logging
import SluiceSystem
import SluiceWatch
import Synchronization

/// A gateway's watcher following the fleet's live version: it reads `policy/live` at start and
/// whenever it comes back after etcd was out of reach, watches it in between (no polling), hands
/// every version it finds to `apply` (the same apply `sluice apply` runs locally, with history)
/// and reports the outcome under `gateway/NAME`.
public final class PolicyFollower: Sendable {
    /// This gateway's name.
    public let gateway: String
    let store: any ClusterStore
    let policy: ClusterPolicy
    let logger: Logger
    let apply: @Sendable (PublishedPolicy) -> PolicyOutcome
    let running: @Sendable () -> String?
    let stopped = Atomic(false)
    let thread = Mutex<JoinableThread?>(nil)
    let driftThread = Mutex<JoinableThread?>(nil)
    /// Wakes the drift check early, to stop.
    let driftWake = WakeSignal()
    /// What the gateway ran when it last reported (nil inside: it ran nothing); nil before any report.
    let reported = Mutex<String??>(nil)

    /// A follower for `gateway` of `table`'s fleet: `apply` applies a version locally; `running`
    /// gives the hash of the version the gateway runs now.
    public init(store: any ClusterStore, table: String, gateway: String, logger: Logger = Logger(label: "sluice.fleet"),
                apply: @escaping @Sendable (PublishedPolicy) -> PolicyOutcome, running: @escaping @Sendable () -> String?) {
        self.store = store
        policy = ClusterPolicy(store: store, table: table)
        self.gateway = gateway
        self.logger = logger
        self.apply = apply
        self.running = running
    }

    /// Starts following on a thread of its own.
    public func start() throws(SystemError) {
        let started = try JoinableThread.start("start the fleet policy thread") { [self] in follow() }
        thread.withLock { $0 = started }
        let drift = try JoinableThread.start("start the fleet report thread") { [self] in watchDrift() }
        driftThread.withLock { $0 = drift }
    }

    /// Ends the watch and waits for the thread (an apply in progress finishes first).
    public func stop() {
        guard !stopped.exchange(true, ordering: .relaxed) else { return }
        store.stopWatching()
        driftWake.wake()
        thread.withLock { $0 }?.join()
        driftThread.withLock { $0 }?.join()
    }

    /// Applies the fleet's live version now, once (a gateway with no policy yet starts from it);
    /// a failure is logged and leaves things as they are.
    public func takeLiveOnce() {
        do {
            let (kvs, _) = try store.range(prefix: policy.keys.policyLive)
            if let kv = kvs.first(where: { $0.key == policy.keys.policyLive }) { try take(kv) }
        } catch {
            logger.warning("could not read the fleet's policy", metadata: ["error": "\(error)"])
        }
    }

    /// Reads, then watches from the next revision; on a failure waits a moment and reads again
    /// (what changed meanwhile is taken in then).
    func follow() {
        var pause = 0.2
        while !stopped.load(ordering: .relaxed) {
            do {
                let (kvs, revision) = try store.range(prefix: policy.keys.policyLive)
                if let kv = kvs.first(where: { $0.key == policy.keys.policyLive }) { try take(kv) }
                pause = 0.2
                try store.watch(prefix: policy.keys.policyLive, from: revision + 1) { [self] changes, _ in
                    for case .put(let kv) in changes where kv.key == policy.keys.policyLive { takeUntilDone(kv) }
                }
            } catch {
                if stopped.load(ordering: .relaxed) { return }
                logger.warning("could not follow the fleet's policy; retrying", metadata: ["error": "\(error)"])
            }
            if stopped.load(ordering: .relaxed) { return }
            Thread.sleep(forTimeInterval: pause)
            pause = min(pause * 2, 2)
        }
    }

    /// Takes a version seen by the watch, retrying while etcd cannot be read (the watch's
    /// stream waits meanwhile; a newer version arrives after this one).
    private func takeUntilDone(_ kv: KeyValue) {
        var pause = 0.2
        while !stopped.load(ordering: .relaxed) {
            do {
                try take(kv)
                return
            } catch {
                logger.warning("could not read the fleet's new version; retrying", metadata: ["error": "\(error)"])
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 2)
            }
        }
    }

    /// Applies the version `policy/live` names and reports the outcome.
    func take(_ kv: KeyValue) throws {
        guard let live = FleetJSON.decode(LivePolicy.self, kv.value) else {
            logger.error("the fleet's policy/live does not read; ignored")
            return
        }
        let outcome: PolicyOutcome
        switch try policy.version(live.sequence) {
        case .found(let version) where version.hash == live.hash:
            outcome = apply(version)
        case .found, .unreadable:
            outcome = .refused("version \(live.sequence) in etcd does not read as the version policy/live names")
        case .missing:
            outcome = .refused("version \(live.sequence) is not in etcd")
        }
        if outcome.applied {
            logger.info("applied the fleet's version", metadata: ["version": "\(live.sequence)", "hash": "\(live.hash.prefix(12))"])
        } else {
            logger.error("refused the fleet's version; keeping the ruleset that runs", metadata: [
                "version": "\(live.sequence)", "reason": "\(outcome.reason ?? "-")"])
        }
        let runs = running()
        try policy.report(GatewayReport(gateway: gateway, sequence: live.sequence, hash: live.hash, applied: outcome.applied,
                                        reason: outcome.reason, running: runs, time: Date()))
        reported.withLock { $0 = .some(runs) }
    }
}
