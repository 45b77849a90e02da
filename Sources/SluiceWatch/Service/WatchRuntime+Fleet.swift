import Foundation
import SluiceSystem

extension WatchRuntime {
    /// The fleet thread: takes what the other gateways sent as soon as it arrives (containments
    /// are enforced at once, under the engine's lock like a quota event), and every sync interval
    /// publishes this gateway's own usage and asks the poll for a fresh read of the per-host sets,
    /// after which the others' usage goes into the kernel.
    func fleetLoop() {
        guard let fleet else { return }
        let interval = configuration.fleetSyncInterval.secondsValue
        var nextSync = Date()
        var wasDegraded = false
        while !stop.isStopped {
            // A quarter second at most: the link hands the others' usage over at that pace.
            fleetWake.wait(until: min(nextSync, Date().addingTimeInterval(0.25)))
            if stop.isStopped { break }
            if fleet.degraded != wasDegraded {
                wasDegraded.toggle()
                submit([degradedAlert(wasDegraded)])
            }
            let inbox = fleet.take()
            if !inbox.isEmpty {
                submit(engine.withLock { $0.absorbFleet(inbox) })
                if !inbox.remoteUsage.isEmpty { pollWake.wake() }
            }
            if Date() >= nextSync {
                nextSync = Date().addingTimeInterval(interval)
                fleet.publish(engine.withLock { engine in
                    engine.requestSweep()
                    return engine.fleetUsage()
                })
                pollWake.wake()
            }
        }
    }

    /// The alert of the fleet's etcd going away or coming back, on the watcher's standard output.
    private func degradedAlert(_ degraded: Bool) -> WatchEffect {
        let reason = degraded ? "etcd unreachable: enforcing with the last known global usage and own counting"
            : "etcd reachable again: containments and usage reconciled"
        return .alert(AlertEvent(time: clock.now(), kind: degraded ? .clusterDegraded : .clusterRestored, table: configuration.table,
                                 host: .machine, groups: [], reason: reason), sinks: [.log])
    }
}
