import Foundation

/// The watcher's link to the other gateways of a fleet (`sluice watch --cluster`): it publishes
/// this gateway's containment decisions and usage, and hands over what the others decided and
/// spent. The adapter over etcd lives in SluiceFleet; tests use an in-memory one. Calls never
/// block on the network: publishing queues, `take` returns what already arrived.
public protocol WatchFleet: AnyObject, Sendable {
    /// Starts following the cluster; `wake` is called whenever something arrived for `take`.
    func start(wake: @escaping @Sendable () -> Void)
    /// This gateway's decisions and writes, for the fleet to publish what others must enforce
    /// (containments decided here); the ones that came from the fleet are recognized and skipped.
    func observe(_ effects: [WatchEffect])
    /// Publishes this gateway's own usage of the current windows (queued; sent by the link).
    func publish(_ usage: [FleetUsage])
    /// What arrived since the last call.
    func take() -> FleetInbox
    /// Whether the cluster is unreachable (the watcher then enforces with what it last knew).
    var degraded: Bool { get }
    /// Stops following the cluster.
    func stop()
}
