import Foundation
import SluiceWatch

extension FleetLink {
    /// Writes what this gateway decided and spent: containments as soon as they are decided,
    /// usage whenever the watcher publishes it, the lease renewed in between. A failure keeps
    /// everything queued for the next round.
    func writeLoop() {
        var lease: Int64?
        var renewed = Date.distantPast
        while !stopped.load(ordering: .relaxed) {
            writeWake.wait(until: Date().addingTimeInterval(Double(leaseTTL) / 4))
            if stopped.load(ordering: .relaxed) { return }
            do {
                // Whether etcd answered this round: only then is the fleet restored. A hung member
                // keeps the watch stream open without an error, so the follower cannot tell.
                var answered = false
                if lease == nil {
                    lease = try store.grantLease(ttl: leaseTTL)
                    renewed = Date()
                    answered = true
                    // A new lease: the old one's keys are gone or going, so write every shard again.
                    state.withLock { $0.written = [:] }
                } else if let current = lease, Date().timeIntervalSince(renewed) >= Double(leaseTTL) / 4 {
                    do {
                        try store.keepAlive(lease: current)
                        renewed = Date()
                        answered = true
                    } catch EtcdError.leaseNotFound {
                        lease = nil
                        continue
                    }
                }
                if try writeContainments() { answered = true }
                if let lease, try writeUsage(lease: lease) { answered = true }
                if answered { setDegraded(false) }
            } catch {
                setDegraded(true, error)
                if case EtcdError.leaseNotFound = error { lease = nil }
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
    }

    /// Writes the queued containments (each under a lease that outlives its expiry by a minute, so
    /// etcd removes the key afterwards; every gateway's kernel ends it on time by itself).
    /// Returns whether it wrote any.
    private func writeContainments() throws -> Bool {
        let pending = state.withLock { $0.pendingContainments }
        let publisher = ClusterContainment(store: store, table: keys.table, gateway: gateway)
        for (key, record) in pending.sorted(by: { $0.key < $1.key }) {
            // A containment etcd holds for at least as long stays: nothing to write.
            try publisher.publish(record)
            state.withLock { state in
                if state.pendingContainments[key] == record { state.pendingContainments[key] = nil }
            }
            logger.debug("published a containment to the fleet", metadata: [
                "host": "\(key.host)", "level": "\(key.level.rawValue)"])
        }
        return !pending.isEmpty
    }

    /// Writes the changed usage shards in transactions of at most about 1 MiB (etcd's request
    /// limit is 1.5 MiB). Returns whether it wrote any.
    private func writeUsage(lease: Int64) throws -> Bool {
        let (operations, values, windows) = state.withLock { state in
            state.ownLeases.insert(lease)
            return state.usageWrites(lease: lease)
        }
        guard !operations.isEmpty else { return false }
        var batch: [TxnOperation] = []
        var size = 0
        for operation in operations {
            let cost = operation.size
            if !batch.isEmpty && size + cost > 1 << 20 {
                _ = try store.transaction(expected: [:], operations: batch)
                batch = []
                size = 0
            }
            batch.append(operation)
            size += cost
        }
        if !batch.isEmpty { _ = try store.transaction(expected: [:], operations: batch) }
        state.withLock { $0.wrote(values: values, windows: windows) }
        return true
    }
}
