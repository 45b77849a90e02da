import Foundation
import SluiceCompiler
import SluiceLanguage

extension WatchEngine {
    /// Acts on every spent quota of a binding: hosts of per-host quotas, or the contributors of a
    /// spent total.
    func checkExceeds(_ id: String, at now: Date, extraContributors: [HostID] = []) -> [WatchEffect] {
        guard let state = bindings[id] else { return [] }
        switch state.accounting {
        case .hostSets, .userSets:
            // Every poll asks this of 10,000 hosts: pick the spent ones from the dictionary first,
            // and sort only those (the order alerts and incidents come out in).
            let spent = state.usage.compactMap { $0.value >= state.budget($0.key) ? $0.key : nil }
            return spent.sorted().flatMap { exceedHost(id, host: $0, at: now) }
        case .machine:
            return state.spent(.machine) ? exceedHost(id, host: .machine, at: now) : []
        case .total, .machineTotal, .userTotal:
            guard state.spent(.groupTotal) else { return [] }
            var contributors = state.accounting.objectHost == .groupTotal && state.accounting.hostSets.isEmpty
                ? [HostID.machine] : state.contributors
            for host in extraContributors where !contributors.contains(host) { contributors.append(host) }
            return exceedTotal(id, contributors: contributors.sorted(), at: now)
        }
    }

    /// Whether the watcher already acted on this exceed: contained (or spared) the host, or, while
    /// it is audited, noted what it would have done. A note does not count once it enforces.
    func actedOn(_ key: IncidentKey, audited: Bool) -> Bool {
        handled.contains(key) || (audited && auditHandled.contains(key))
    }

    /// One host spent a per-host quota: contain it (unless it already is), record the incident,
    /// alert. Acts once per host, quota and window; a containment the kernel refused is tried again
    /// at the next poll (the kernel's quota keeps dropping the host's egress meanwhile).
    func exceedHost(_ id: String, host: HostID, at now: Date) -> [WatchEffect] {
        guard let state = bindings[id] else { return [] }
        let binding = state.binding
        let key = IncidentKey(quotaID: id, host: host, windowStart: state.window.start)
        let audited = index.compiled.audits(host)
        guard !actedOn(key, audited: audited) else { return [] }
        var response = index.response(host: host, binding: binding)
        let used = state.usage[host] ?? state.budget(host)
        var effects: [WatchEffect] = [.recordUsage(state.samples([host], table: table, at: now))]
        bindings[id]?.dirty.remove(host)
        if audited {
            auditHandled.insert(key)
            return effects + wouldContain(state, host: host, bytes: used, response: response, at: now)
        }
        // Another gateway decided first and its containment holds here: the fleet acted, and a
        // second incident and alert (with its own, later end) would only say it twice.
        if let level = response.level, containedByTheFleet(host, atLeast: level) {
            handled.insert(key)
            logger.info("a host spent a quota; another gateway's containment already holds it",
                        metadata: ["host": "\(host)", "quota": "\(id)"])
            return effects
        }
        let spared = spareManagement(host, &response, quotaID: id)
        let contained: ContainmentState?
        do {
            contained = try contain(host, response: response, quotaID: id, at: now)
        } catch {
            logger.error("could not contain a host; trying again at the next poll", metadata: [
                "host": "\(host)", "quota": "\(id)", "error": "\(error)"])
            return effects
        }
        handled.insert(key)
        if response.level != nil && contained == nil {
            logger.info("a host spent a quota but is already contained", metadata: ["host": "\(host)", "quota": "\(id)"])
            return effects
        }
        incidentsTotal += 1
        var alert = AlertEvent(time: now, kind: binding.alertOnly ? .warn : contained == nil ? .exceeded : .contained,
                               table: table, host: host,
                               groups: binding.groups, quotaID: id, window: state.window, bytes: used,
                               budget: state.budget(host), action: response.containmentText, ends: contained?.ends,
                               reason: spared ? Self.sparedReason : nil)
        alert.describeBaseline(state, host)
        let incident = IncidentDraft(table: table, time: now, host: host, groups: binding.groups, quotaID: id,
                                     window: state.window, bytes: used, budget: state.budget(host),
                                     actions: response.actionTexts, containmentExpires: contained?.ends.date,
                                     details: alert.json)
        effects.append(.recordIncident(incident))
        if let contained {
            effects.append(.putContainment(stored(contained), incident: key))
        }
        effects.append(.alert(alert, sinks: response.sinks.isEmpty ? [.log] : response.sinks))
        return effects
    }

    /// A total quota was spent: one incident for the group total, then the groups' containment (and
    /// an incident) for every host that has bytes counted in the window.
    func exceedTotal(_ id: String, contributors: [HostID], at now: Date) -> [WatchEffect] {
        guard let state = bindings[id] else { return [] }
        let response = index.response(host: .groupTotal, binding: state.binding)
        let sinks = response.sinks.isEmpty ? [AlertSink.log] : response.sinks
        var effects = totalIncident(id, state, response: response, sinks: sinks, at: now)
        guard response.level != nil else { return effects }
        for host in contributors where host.isContainable {
            effects += containContributor(host, id, state, response: response, sinks: sinks, at: now)
        }
        return effects
    }

    /// The group total's own incident and alert, once per window (a would-contain note first
    /// when every group of the quota is audited).
    private func totalIncident(_ id: String, _ state: BindingState, response: ExceedResponse, sinks: [AlertSink],
                               at now: Date) -> [WatchEffect] {
        let binding = state.binding
        let totalKey = IncidentKey(quotaID: id, host: .groupTotal, windowStart: state.window.start)
        var effects: [WatchEffect] = []
        let groupsAudit = index.compiled.audit.map { audit in binding.groups.allSatisfy(audit.groups.contains) } ?? false
        if groupsAudit {
            guard !handled.contains(totalKey), auditHandled.insert(totalKey).inserted else { return [] }
            effects.append(.recordUsage(state.samples(state.usage.keys, table: table, at: now)))
            bindings[id]?.dirty = []
            return effects + wouldContain(state, host: .groupTotal, bytes: state.usage[.groupTotal] ?? binding.bytes,
                                          response: response, at: now)
        }
        guard !handled.contains(totalKey) else { return effects }
        handled.insert(totalKey)
        incidentsTotal += 1
        let used = state.usage[.groupTotal] ?? binding.bytes
        let alert = AlertEvent(time: now, kind: binding.alertOnly ? .warn : .exceeded, table: table,
                               host: .groupTotal, groups: binding.groups,
                               quotaID: id, window: state.window, bytes: used, budget: binding.bytes,
                               action: response.containmentText,
                               ends: response.level == nil ? nil : ContainmentEnd(start: now, seconds: response.duration))
        effects.append(.recordUsage(state.samples(state.usage.keys, table: table, at: now)))
        bindings[id]?.dirty = []
        effects.append(.recordIncident(IncidentDraft(
            table: table, time: now, host: .groupTotal, groups: binding.groups, quotaID: id, window: state.window,
            bytes: used, budget: binding.bytes, actions: response.actionTexts,
            containmentExpires: response.level == nil ? nil : ContainmentEnd(start: now, seconds: response.duration).date,
            details: alert.json)))
        effects.append(.alert(alert, sinks: sinks))
        return effects
    }

    /// Contains one host that counted toward a spent total, once per window: audited hosts get
    /// a would-contain note, management hosts are spared, and a failure is retried at the next poll.
    private func containContributor(_ host: HostID, _ id: String, _ state: BindingState, response: ExceedResponse,
                                    sinks: [AlertSink], at now: Date) -> [WatchEffect] {
        let binding = state.binding
        let key = IncidentKey(quotaID: id, host: host, windowStart: state.window.start)
        let audited = index.compiled.audits(host)
        guard !actedOn(key, audited: audited) else { return [] }
        if audited {
            auditHandled.insert(key)
            return wouldContain(state, host: host, bytes: state.usage[host] ?? 0, response: response, at: now)
        }
        var own = response
        if spareManagement(host, &own, quotaID: id) {
            handled.insert(key)
            return []
        }
        let contained: ContainmentState?
        do {
            contained = try contain(host, response: response, quotaID: id, at: now)
        } catch {
            logger.error("could not contain a contributor of a spent total quota; trying again at the next poll",
                         metadata: ["host": "\(host)", "quota": "\(id)", "error": "\(error)"])
            return []
        }
        handled.insert(key)
        guard let contained else { return [] }
        // Each contained contributor gets its own incident, so its containment names why, and a
        // restarted watcher knows it already acted on this host.
        incidentsTotal += 1
        let alert = AlertEvent(time: now, kind: .contained, table: table, host: host, groups: binding.groups,
                               quotaID: id, window: state.window, bytes: state.usage[host], budget: binding.bytes,
                               action: response.containmentText, ends: contained.ends)
        return [.recordIncident(IncidentDraft(
                    table: table, time: now, host: host, groups: binding.groups, quotaID: id, window: state.window,
                    bytes: state.usage[host] ?? 0, budget: binding.bytes, actions: response.actionTexts,
                    containmentExpires: contained.ends.date, details: alert.json)),
                .putContainment(stored(contained), incident: key),
                .alert(alert, sinks: sinks)]
    }

    /// The store's record of a containment the engine made.
    func stored(_ state: ContainmentState) -> StoredContainment {
        StoredContainment(table: table, host: state.host, level: state.level, since: state.since,
                          expires: state.ends.date, reason: state.reason, origin: state.origin)
    }

    /// Why a management host that spent a quota was left alone, as alerts and incidents say it.
    static let sparedReason = "management host: never contained (sluice isolate --force contains it by hand)"

    /// Takes containment out of a response for a management host, which the watcher never contains:
    /// cutting the management group off would leave nobody able to reach contained hosts. Returns
    /// whether it did (the exceed is still recorded and alerted).
    func spareManagement(_ host: HostID, _ response: inout ExceedResponse, quotaID: String) -> Bool {
        guard response.level != nil, index.compiled.containment.isManagement(host) else { return false }
        logger.warning("a management host spent a quota; it is not contained", metadata: [
            "host": "\(host)", "quota": "\(quotaID)"])
        response.level = nil
        response.duration = nil
        return true
    }
}
