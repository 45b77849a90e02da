import Foundation
import SluiceCompiler

extension WatchEngine {
    /// Whether a quota's budget is shared by the gateways of a fleet: per-host budgets and group
    /// totals of addresses. Host-mode quotas (this machine, its users) stay per gateway.
    static func sharedByFleet(_ accounting: QuotaAccounting) -> Bool {
        switch accounting {
        case .hostSets, .total: return true
        case .machine, .machineTotal, .userSets, .userTotal: return false
        }
    }

    /// This gateway's own usage of every shared quota in its current window: the kernel's figure
    /// less what was injected from the other gateways, so no gateway's bytes are counted twice.
    public func fleetUsage() -> [FleetUsage] {
        orderedBindings.filter { Self.sharedByFleet($0.accounting) }.map { state in
            var hosts: [HostID: UInt64] = [:]
            let totalOnly = state.accounting.object != nil
            for (host, bytes) in state.usage where !totalOnly || host == .groupTotal {
                let own = bytes - min(bytes, state.injected[host] ?? 0)
                if own > 0 { hosts[host] = own }
            }
            return FleetUsage(quotaID: state.binding.id, window: state.window.start, hosts: hosts)
        }
    }

    /// Takes in what the fleet sent: enforces other gateways' containments and cluster-wide
    /// releases at once, and notes the others' usage, which goes into the kernel's figures right
    /// after the next fresh read (see `injectRemote`).
    public func absorbFleet(_ inbox: FleetInbox) -> [WatchEffect] {
        let now = clock.now()
        var effects: [WatchEffect] = []
        for record in inbox.contain { effects += enforceFleet(record, at: now) }
        for key in inbox.release { effects += releaseFleet(key, at: now) }
        for usage in inbox.ownPublished { recognizeInjected(usage) }
        if let standing = inbox.standing {
            // Only containments another gateway decided: a local one (`sluice block` without
            // --cluster) is not the fleet's to end.
            for (key, state) in containments where !standing.contains(key) && Self.fromAnotherGateway(state.reason) {
                effects += releaseFleet(key, at: now)
            }
            for key in unenforcedFleet.keys where !standing.contains(key) { unenforcedFleet.removeValue(forKey: key) }
        }
        for usage in inbox.remoteUsage {
            guard let window = bindings[usage.quotaID]?.window.start, window == usage.window,
                  bindings[usage.quotaID].map({ Self.sharedByFleet($0.accounting) }) == true else { continue }
            updateBinding(usage.quotaID) { state in
                // Never more than the host's budget: the kernel holds no more, and a forged figure
                // past it must not overflow the arithmetic that adds it (a watcher stopped by it
                // leaves the fleet's budgets unshared).
                for (host, published) in usage.hosts {
                    let bytes = min(published, state.budget(host))
                    guard bytes > state.remoteTarget[host] ?? 0, covers(state.binding, host) else { continue }
                    state.remoteTarget[host] = bytes
                }
            }
        }
        if !inbox.remoteUsage.isEmpty { requestSweep() }
        return effects
    }

    /// Whether another gateway's figure for `host` belongs to the quota here: its group total, or a
    /// host of one of its groups. Any etcd client can write figures, and a gateway that refused a
    /// version publishes under the groups of the one it runs; a host outside the groups would take
    /// a place in the quota's per-host set (which holds the groups' hosts, and no more), and a set
    /// the kernel finds full refuses the whole write, every host's bytes with it.
    func covers(_ binding: QuotaBinding, _ host: HostID) -> Bool {
        index.compiled.quota(binding, covers: host)
    }

    /// After a restart, at the first read of etcd: what this gateway last published as its own,
    /// if its keys outlived the restart (its lease had not run out), is a second account of which
    /// of the kernel's bytes were added from the other gateways, beside the one the store kept
    /// (`seed`). The larger of the two is taken as added. The store's is exact after a clean stop
    /// but short after a crash by what was added since the last flush; "figure less published"
    /// is never short (a gateway publishes its own bytes late, never early) but takes as added the
    /// own bytes counted after the last publish. Taking the smaller would publish the others'
    /// bytes as this gateway's own, or add them here twice, and the fleet would count them twice
    /// (an innocent host contained); the larger only leaves this gateway's own bytes of the
    /// seconds around the restart unpublished (the others' budgets a little looser this window).
    private func recognizeInjected(_ own: FleetUsage) {
        guard bindings[own.quotaID]?.window.start == own.window else { return }
        updateBinding(own.quotaID) { state in
            // A total's per-host attribution counters are never shared (see `fleetUsage`).
            let totalOnly = state.accounting.object != nil
            for (host, bytes) in state.usage where !totalOnly || host == .groupTotal {
                let injected = bytes - min(bytes, own.hosts[host] ?? 0)
                guard injected > state.injected[host] ?? 0 else { continue }
                state.injected[host] = injected
                state.remoteTarget[host] = max(state.remoteTarget[host] ?? 0, injected)
                state.dirty.insert(host)
            }
        }
    }

    /// Whether a containment's reason says another gateway decided it: the fleet link appends
    /// `(from GATEWAY)` to the reasons of containments it hands over, and the local store keeps it.
    static func fromAnotherGateway(_ reason: String) -> Bool {
        reason.hasSuffix(")") && reason.contains(" (from ")
    }

    /// Whether a containment another gateway decided holds `host` at `level` or a stronger one.
    func containedByTheFleet(_ host: HostID, atLeast level: ContainmentKind) -> Bool {
        ContainmentKind.allCases.contains { held in
            held >= level && containments[ContainmentKey(host: host, level: held)].map { Self.fromAnotherGateway($0.reason) } == true
        }
    }

    /// A containment decided elsewhere, put into this gateway's kernel (unless an equal or
    /// stronger one already holds) and recorded in the local store, so it survives a restart
    /// while the cluster is unreachable.
    private func enforceFleet(_ record: StoredContainment, at now: Date) -> [WatchEffect] {
        let key = ContainmentKey(host: record.host, level: record.level)
        if let expires = record.expires, expires <= now {
            unenforcedFleet.removeValue(forKey: key)
            return []
        }
        let ends = ContainmentEnd(record.expires)
        if let existing = containments[key], existing.ends.lasts(atLeastAs: ends) {
            unenforcedFleet.removeValue(forKey: key)
            return []
        }
        // The management group is reachable in every state: a containment of one of its hosts is
        // an operator's `--force` on a gateway, never the fleet's (any etcd client can write one).
        if index.compiled.containment.isManagement(record.host) {
            if refusedManagement.insert(key).inserted {
                logger.warning("a containment of a management host from the fleet is not enforced here; contain it on this gateway with sluice block/isolate --force", metadata: [
                    "host": "\(record.host)", "level": "\(record.level.rawValue)", "reason": "\(record.reason)"])
            }
            return []
        }
        do {
            // A longer one replaces the element in one transaction: the kernel keeps an element's
            // first timeout.
            try addToKernel(record.host, level: record.level, ends: ends, reason: record.reason, at: now,
                            replacing: containments[key] != nil)
        } catch {
            // A refused write is tried again at the next poll (logged once); a host this policy
            // has no containment set for never will be.
            let retry: Bool = if case WatchError.noContainmentSet = error { false } else { true }
            if unenforcedFleet[key] == nil {
                logger.error("could not enforce a containment from the fleet", metadata: [
                    "host": "\(record.host)", "level": "\(record.level.rawValue)", "error": "\(error)",
                    "retry": "\(retry ? "at every poll" : "no")"])
            }
            let pending = unenforcedFleet[key].map { ContainmentEnd($0.expires).lasts(atLeastAs: ends) } ?? false
            if retry && !pending { unenforcedFleet[key] = record }
            return []
        }
        unenforcedFleet.removeValue(forKey: key)
        containments[key] = ContainmentState(host: record.host, level: record.level, since: record.since, ends: ends,
                                             reason: record.reason, origin: record.origin, quotaID: nil,
                                             generation: generation)
        logger.notice("enforcing a containment from the fleet", metadata: [
            "host": "\(record.host)", "level": "\(record.level.rawValue)", "reason": "\(record.reason)"])
        var local = record
        local.table = table
        local.incidentID = nil
        return [.putContainment(local, incident: nil)]
    }

    /// Tries the fleet's containments whose kernel write failed again (at every poll).
    func retryUnenforcedFleet(at now: Date) -> [WatchEffect] {
        guard !unenforcedFleet.isEmpty else { return [] }
        var effects: [WatchEffect] = []
        for record in unenforcedFleet.values.sorted(by: { ($0.host, $0.level) < ($1.host, $1.level) }) {
            // Only a written containment records itself; one that expired or is held already
            // meanwhile just leaves the list.
            let written = enforceFleet(record, at: now)
            if !written.isEmpty {
                logger.notice("enforced a containment from the fleet on a later try", metadata: [
                    "host": "\(record.host)", "level": "\(record.level.rawValue)"])
            }
            effects += written
        }
        return effects
    }

    /// A cluster-wide release: the host leaves this gateway's containment set of that level.
    private func releaseFleet(_ key: ContainmentKey, at now: Date) -> [WatchEffect] {
        unenforcedFleet.removeValue(forKey: key)
        removeFromKernel(key)
        guard let state = containments.removeValue(forKey: key) else {
            return [.endContainment(host: key.host, level: key.level, at: now)]
        }
        logger.notice("released by the fleet", metadata: ["host": "\(key.host)", "level": "\(key.level.rawValue)"])
        return [.endContainment(host: key.host, level: key.level, at: now),
                .alert(endAlert(state, kind: .released, at: now), sinks: index.alertSinks(host: key.host))]
    }

    func removeFromKernel(_ key: ContainmentKey) {
        for target in index.containmentElements(host: key.host, level: key.level) ?? [] {
            do {
                try kernel.removeElements([SetElement(target.key)], table: table, set: target.set)
            } catch {
                logger.error("could not remove a containment element", metadata: [
                    "host": "\(key.host)", "set": "\(target.set)", "error": "\(error)"])
            }
        }
    }

    /// What the kernel should hold once the others' bytes are added: what it showed, plus what
    /// they added since the last injection, at most the budget (the kernel refuses a quota's
    /// element or object used past its limit), without overflow whatever the figures.
    static func injected(seen: UInt64, target: UInt64, before: UInt64, budget: UInt64) -> UInt64 {
        let added = target - min(before, target)
        let (sum, overflow) = seen.addingReportingOverflow(added)
        let cap = max(budget, seen)   // never below what the kernel already holds
        return overflow ? cap : min(sum, cap)
    }

    /// Adds to the kernel's figures what the other gateways spent since the last injection, so the
    /// kernel enforces the one global budget. Called right after a read: `kernelSeen` is then
    /// the kernel's figure, and only the bytes counted during the write are lost.
    func injectRemote(into state: inout BindingState, freshSets: Bool) {
        let pending = state.remoteTarget.filter { $0.value > state.injected[$0.key] ?? 0 }
        guard !pending.isEmpty else { return }
        if let object = state.accounting.object {
            guard let target = pending[.groupTotal] else { return }
            let figure = Self.injected(seen: state.kernelSeen[.groupTotal] ?? 0, target: target,
                                       before: state.injected[.groupTotal] ?? 0, budget: state.budget(.groupTotal))
            do {
                try kernel.restoreQuotaUsage(table: table, name: object, used: figure)
                state.kernelSeen[.groupTotal] = figure
                state.raise(.groupTotal, to: figure)
                state.injected[.groupTotal] = target
                // Written at the next flush even when the figure did not rise (see `seed`).
                state.dirty.insert(.groupTotal)
            } catch {
                logger.error("could not add the fleet's usage", metadata: ["quota": "\(state.binding.id)", "error": "\(error)"])
            }
            return
        }
        guard freshSets else { return }
        var perSet: [String: [(HostID, UInt64, UInt64)]] = [:]
        for (host, target) in pending.sorted(by: { $0.key < $1.key }) {
            guard let set = state.binding.hostSet(for: host) else { continue }
            let figure = Self.injected(seen: state.kernelSeen[host] ?? 0, target: target, before: state.injected[host] ?? 0,
                                       budget: state.budget(host))
            perSet[set, default: []].append((host, figure, target))
        }
        for (set, entries) in perSet.sorted(by: { $0.key < $1.key }) {
            // The element is re-added: a learned limit must go back with it, or the host would fall to the floor.
            let elements = entries.compactMap { host, figure, _ in
                host.elementKey.map { SetElement($0, quotaUsed: figure, quotaLimit: state.baselines[host]?.limit) }
            }
            do {
                try kernel.restoreElementUsage(elements, table: table, set: set)
                for (host, figure, target) in entries {
                    state.kernelSeen[host] = figure
                    state.raise(host, to: figure)
                    state.injected[host] = target
                    state.dirty.insert(host)
                }
            } catch {
                logger.error("could not add the fleet's usage", metadata: [
                    "quota": "\(state.binding.id)", "set": "\(set)", "error": "\(error)"])
            }
        }
    }
}
