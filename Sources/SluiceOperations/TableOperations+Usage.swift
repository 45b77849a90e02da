import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore
import SluiceWatch

extension TableOperations {
    /// Keeps usage with its quota's id through an apply that deletes the quota's sets or object
    /// and through one that creates them, watcher or not: what the kernel counted for a quota the
    /// apply removes is stored first, and a quota the apply creates starts from the store's figure
    /// for its current window. Without this, removing a quota and bringing it back (an apply, a
    /// rollback) gave a host that had spent its budget a fresh one in the same window.
    func keepUsage(in plan: inout ApplyPlan, _ compiled: CompiledPolicy, dryRun: Bool,
                   now: Date = Date()) throws(OperationError) {
        var created = plan.createdSets
        for case .addQuota(let object) in plan.operations { created.insert(object.name) }
        if !dryRun { try storeUsage(removedBy: plan, keeping: created, now: now) }
        try seedUsage(into: &plan, compiled, created: created, now: now)
    }

    /// Stores the kernel's figures of the live version's quotas whose sets or object `plan`
    /// deletes for good, for the windows the kernel counts them in (a figure a watcher last reset
    /// in an earlier window mixes windows: not stored, as `status` does not show it).
    private func storeUsage(removedBy plan: ApplyPlan, keeping created: Set<String>, now: Date) throws(OperationError) {
        var gone: Set<String> = []
        for operation in plan.operations {
            switch operation {
            case .deleteSet(let name), .deleteQuota(let name): if !created.contains(name) { gone.insert(name) }
            default: break
            }
        }
        guard !gone.isEmpty, let (_, live) = try? livePolicy() else { return }
        let removed = live.quotas.filter { $0.accounting.kernelNames.contains(where: gone.contains) }
        guard !removed.isEmpty else { return }
        let marks = try stored { () throws(StoreError) in try store.windowMarks(table: table) }
        let kernel: NetfilterWatchKernel
        do { kernel = try NetfilterWatchKernel(namespace: namespace) } catch { throw .system("read quota usage: \(error)") }
        var records: [UsageRecord] = []
        for binding in removed {
            let window = QuotaWindow(containing: now, length: binding.window)
            guard WatchStatus.kernelCounts(window, mark: marks[binding.id]) else { continue }
            for (host, bytes) in WatchStatus.kernelFigures(of: binding, window: window, kernel: kernel, table: table)
            where bytes > 0 {
                records.append(UsageRecord(table: table, quotaID: binding.id, host: host.description, windowStart: window.start,
                                           windowLength: binding.window, bytes: bytes, updated: now))
            }
        }
        guard !records.isEmpty else { return }
        try stored { () throws(StoreError) in try store.storeUsage(records.sorted { ($0.quotaID, $0.host) < ($1.quotaID, $1.host) }) }
    }

    /// Puts the store's figures for the current window into the quotas `plan` creates: per-host
    /// elements with their used bytes (hosts of the quota's groups only, which its set is sized
    /// for), and the object's used bytes. Each is clamped to its limit, which the kernel requires.
    private func seedUsage(into plan: inout ApplyPlan, _ compiled: CompiledPolicy, created: Set<String>,
                           now: Date) throws(OperationError) {
        let seeded = compiled.quotas.filter { $0.accounting.kernelNames.contains(where: created.contains) }
        guard !seeded.isEmpty else { return }
        let records = try stored { () throws(StoreError) in try store.currentUsage(table: table, at: now) }
        guard !records.isEmpty else { return }
        // The keys the plan already puts in (usage a recreated set carries over): one pass, as a
        // watcher's store may hold ten thousand hosts against as many carried elements.
        var added: [String: Set<ElementKey>] = [:]
        for case .addElements(let set, let elements, _) in plan.operations where created.contains(set) {
            added[set, default: []].formUnion(elements.lazy.map(\.key))
        }
        var bySet: [String: [SetElement]] = [:]
        var objectUsed: [String: UInt64] = [:]
        var limits: [String: UInt64] = [:]
        for binding in seeded {
            let window = QuotaWindow(containing: now, length: binding.window)
            for record in records where record.quotaID == binding.id && record.windowStart == window.start
                && record.windowLength == binding.window {
                guard let host = HostID(record.host) else { continue }
                if host == binding.accounting.objectHost, let object = binding.accounting.object, created.contains(object) {
                    objectUsed[object] = max(objectUsed[object] ?? 0, record.bytes)
                    continue
                }
                guard binding.accounting.setsCarryQuota, let set = binding.hostSet(for: host), created.contains(set),
                      let key = host.elementKey, added[set]?.contains(key) != true,
                      let limit = limits[set] ?? quotaLimit(of: set, in: plan),
                      compiled.quota(binding, covers: host) else { continue }
                limits[set] = limit
                bySet[set, default: []].append(SetElement(key, quotaUsed: min(record.bytes, limit)))
            }
        }
        for index in plan.operations.indices {
            guard case .addQuota(var object) = plan.operations[index], let used = objectUsed[object.name], object.used == 0 else { continue }
            object.used = min(used, object.bytes)
            plan.operations[index] = .addQuota(object)
        }
        try kernel { try plan.addRuntimeElements(bySet.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) }
    }

    /// The quota a per-host set gives each element, from its definition in the plan's target.
    private func quotaLimit(of set: String, in plan: ApplyPlan) -> UInt64? {
        guard case .quotaOver(let limit)? = plan.target.set(named: set)?.stateful else { return nil }
        return limit
    }
}
