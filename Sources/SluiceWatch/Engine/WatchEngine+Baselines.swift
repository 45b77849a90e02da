import Foundation
import SluiceCompiler

extension WatchEngine {
    /// Computes every host's learned limit for the current window of these bindings (those that
    /// are learned) and writes them all into the kernel in ONE transaction: `max(floor, N x usual)`
    /// per host, from the hourly history. The hosts are those the kernel already tracks and those
    /// with history that belong to the quota's groups; a host seen for the first time later starts
    /// at the floor (the set's own `quota over`) until the next sweep (`adoptNewLearnedHosts`).
    func applyLearnedLimits(_ ids: [String], at now: Date) -> [WatchEffect] {
        let states = ids.compactMap { bindings[$0] }.filter { $0.binding.learned != nil }
        guard !states.isEmpty else { return [] }
        let since = states.compactMap { s in
            s.binding.learned.map { BaselineModel(multiple: $0.multiple, floor: $0.floor, learnSeconds: $0.learnSeconds)
                .periodStart(windowStart: s.window.start) }
        }.min() ?? 0
        let hourly = hourlyHistory(since: since)
        var writes: [String: [SetElement]] = [:]
        var effects: [WatchEffect] = []
        var computed: [String: [HostID: HostBaseline]] = [:]
        for state in states {
            let baselines = learnedBaselines(state, hourly: hourly, into: &writes)
            computed[state.binding.id] = Dictionary(baselines.map { ($0.host, $0) }, uniquingKeysWith: { a, _ in a })
            effects.append(.recordBaselineLimits(quotaID: state.binding.id, window: state.window, baselines))
        }
        do {
            try kernel.writeElementLimits(writes, table: table)
        } catch {
            // The elements keep their earlier limits (the floor for new ones): fail closed.
            logger.error("could not write learned limits into the kernel", metadata: ["error": "\(error)"])
            return []
        }
        for (id, baselines) in computed {
            bindings[id]?.baselines = baselines
            guard let binding = bindings[id]?.binding else { continue }
            bindings[id]?.groupUsuals = BaselineModel.groupUsuals(baselines.values.filter { !$0.warmingUp }.map {
                (learnedGroup(of: $0.host, in: binding) ?? "", $0.usual)
            })
        }
        logger.info("learned limits written", metadata: [
            "quotas": "\(computed.keys.sorted().joined(separator: ","))",
            "hosts": "\(writes.values.map(\.count).reduce(0, +))"])
        return effects
    }

    /// The hourly history from `since` on: read from the store once (at start, or when a longer
    /// learning period needs more), then kept in memory, so a window start reads nothing.
    private func hourlyHistory(since: Int64) -> [HostID: [Int64: UInt64]] {
        if history == nil || (history?.since ?? .max) > since,
           let hours = attempt("read the hourly usage for learned quotas", { try store.usageHours(table: table, since: since) }) {
            history = HourlyHistory(hours, since: since)
        }
        history?.forget(before: since)
        return history?.hours ?? [:]
    }

    /// One learned binding's baselines for its window, and the elements that write them (with
    /// what each host already used of the window, which the kernel caps at the new limit).
    private func learnedBaselines(_ state: BindingState, hourly: [HostID: [Int64: UInt64]],
                                  into writes: inout [String: [SetElement]]) -> [HostBaseline] {
        guard let learned = state.binding.learned else { return [] }
        var present: [HostID: UInt64] = [:]
        for set in state.binding.accounting.hostSets {
            do {
                for element in try kernel.elements(table: table, set: set) {
                    guard let host = HostID(element: element.key) else { continue }
                    present[host] = element.quotaUsed ?? 0
                }
            } catch {
                logger.error("could not read a learned quota's hosts", metadata: ["set": "\(set)", "error": "\(error)"])
            }
        }
        var hosts = Set(present.keys)
        for host in hourly.keys where !hosts.contains(host) && index.host(host, belongsTo: state.binding) {
            hosts.insert(host)
        }
        let model = BaselineModel(multiple: learned.multiple, floor: learned.floor, learnSeconds: learned.learnSeconds)
        let baselines = model.baselines(hosts: hosts.sorted(), hourly: hourly, windowStart: state.window.start,
                                        windowLength: state.binding.window,
                                        group: { self.learnedGroup(of: $0, in: state.binding) })
        for baseline in baselines {
            guard let set = state.binding.hostSet(for: baseline.host), let key = baseline.host.elementKey else { continue }
            let used = max(present[baseline.host] ?? 0, state.usage[baseline.host] ?? 0)
            writes[set, default: []].append(SetElement(key, quotaUsed: used, quotaLimit: baseline.limit))
        }
        return baselines
    }

    /// The group whose usual a warming-up host takes: the first of the quota's groups it is in.
    func learnedGroup(of host: HostID, in binding: QuotaBinding) -> String? {
        let mine = index.groups(of: host)
        return binding.groups.first { mine.contains($0) }
    }

    /// Gives hosts that appeared in a learned quota's sets since its window started (they hold the
    /// floor) their warm-up limit, the group's usual times N, in one transaction. A host that has
    /// already spent the floor is left as it is: the kernel stopped it and its containment follows.
    /// What such a host sends between the read and this write is not counted (the element is
    /// re-added with the bytes read): the time of one set read. The quota's limits are recorded
    /// again with the new hosts', so that `status` and `baseline show` show the limit the kernel
    /// holds (and the warm-up), not the floor.
    func adoptNewLearnedHosts(_ state: inout BindingState, _ reading: BindingReading) -> [WatchEffect] {
        guard let learned = state.binding.learned, let groupUsuals = state.groupUsuals, !reading.sets.isEmpty else { return [] }
        var writes: [String: [SetElement]] = [:]
        var adopted: [HostBaseline] = []
        for (host, used) in reading.hostFigureList(counters: false) where state.baselines[host] == nil && used < state.budget(host) {
            guard index.host(host, belongsTo: state.binding), let set = state.binding.hostSet(for: host),
                  let key = host.elementKey else { continue }
            let usual = groupUsuals[learnedGroup(of: host, in: state.binding) ?? ""] ?? 0
            let limit = learned.limit(usual: usual)
            adopted.append(HostBaseline(host: host, usual: usual, limit: limit, warmingUp: true, historySeconds: 0))
            if limit != learned.floor { writes[set, default: []].append(SetElement(key, quotaUsed: used, quotaLimit: limit)) }
        }
        guard !adopted.isEmpty else { return [] }
        do {
            try kernel.writeElementLimits(writes, table: table)
        } catch {
            logger.error("could not write new hosts' learned limits", metadata: ["quota": "\(state.binding.id)", "error": "\(error)"])
            return []
        }
        for baseline in adopted { state.baselines[baseline.host] = baseline }
        return [.recordBaselineLimits(quotaID: state.binding.id, window: state.window,
                                      state.baselines.values.sorted { $0.host < $1.host })]
    }

    /// Sets learned quotas up at a start or reload: their usage so far is already in the history
    /// (kept in memory from the start: a reload does not read it again under the engine's lock),
    /// a lost history is rebuilt from the recorded flows, and every host gets its limit for the
    /// current window (of `recompute`, by default the quotas set up).
    func startLearnedQuotas(_ ids: [String], at now: Date, recompute: [String]? = nil) -> [WatchEffect] {
        let all = recompute ?? ids
        guard all.contains(where: { bindings[$0]?.binding.learned != nil }) else { return [] }
        for id in ids { markHourlyCounted(id) }
        _ = attempt("rebuild the hourly usage from the recorded flows") { try store.rebuildUsageHoursIfEmpty(table: table) }
        return applyLearnedLimits(all, at: now)
    }

    /// Adds what a learned quota counted since the last call to the pending hourly history (the
    /// hour of the clock's now), keeping per host the largest count of its learned quotas: each
    /// counts the same host's traffic, some of them only part of it.
    func noteHourly(_ state: inout BindingState) {
        guard state.binding.learned != nil else { return }
        let hour = HourlyUsage(host: .machine, hourStart: Int64(clock.now().timeIntervalSince1970.rounded(.down)), bytes: 0).hourStart
        for (host, used) in state.usage {
            // Hosts and users have a history of their own; `self` and `*` learn nothing.
            guard host.elementKey != nil else { continue }
            let counted = state.hourlyCounted[host] ?? 0
            guard used > counted else { continue }
            state.hourlyCounted[host] = used
            pendingHours.note(host, hour: hour, quota: state.binding.id, bytes: used - counted)
        }
    }

    /// Marks everything a learned quota has counted so far as already in the history (usage seeded
    /// from the store at a start was recorded by the watcher that counted it).
    func markHourlyCounted(_ id: String) {
        guard let state = bindings[id], state.binding.learned != nil else { return }
        bindings[id]?.hourlyCounted = state.usage
    }
}

extension AlertEvent {
    /// Adds a learned quota's baseline for the host: its usual bytes and warm-up state.
    mutating func describeBaseline(_ state: BindingState, _ host: HostID) {
        guard let baseline = state.baselines[host] else { return }
        usual = baseline.usual
        warmingUp = baseline.warmingUp
    }
}
