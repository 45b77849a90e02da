import Foundation

extension FleetLink {
    /// Reads the table's keys, then watches them from the next revision; on a failure waits a
    /// moment and resumes from the last revision taken in, or reads everything again when etcd
    /// compacted it away, or is behind that revision: it lost its data or was restored from an
    /// older snapshot, and a watch from a revision it has not reached would wait while the changes
    /// made meanwhile (under lower revisions) never came.
    func followLoop() {
        var needsRead = true
        var pause = 0.2
        while !stopped.load(ordering: .relaxed) {
            do {
                if !needsRead, try store.range(prefix: keys.policyLive).revision < state.withLock({ $0.revision }) {
                    needsRead = true
                }
                if needsRead {
                    let (kvs, revision) = try store.range(prefix: keys.root)
                    state.withLock { $0.replaceAll(kvs, revision: revision, at: Date()) }
                    needsRead = false
                    notifyArrival()
                }
                let from = state.withLock { $0.revision } + 1
                setDegraded(false)
                pause = 0.2
                try store.watch(prefix: keys.root, from: from) { [self] changes, _ in
                    guard !changes.isEmpty else { return }
                    let clash = state.withLock { state -> Int64? in
                        state.apply(changes, at: Date())
                        defer { state.nameClash = nil }
                        return state.nameClash
                    }
                    if let clash {
                        logger.error("another process publishes usage as this gateway: two gateways share the name; each takes the other's bytes for its own and neither adds them. Give each gateway its own --gateway name", metadata: [
                            "gateway": "\(gateway)", "lease": "\(clash)"])
                    }
                    notifyArrival()
                }
            } catch EtcdError.compacted {
                needsRead = true
                continue
            } catch {
                if stopped.load(ordering: .relaxed) { return }
                setDegraded(true, error)
            }
            if stopped.load(ordering: .relaxed) { return }
            Thread.sleep(forTimeInterval: pause)
            pause = min(pause * 2, 2)
        }
    }
}
