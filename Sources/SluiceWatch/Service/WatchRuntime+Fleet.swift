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
        while !stop.isStopped {
            fleetWake.wait(until: nextSync)
            if stop.isStopped { break }
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
}
