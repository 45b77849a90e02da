import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage

extension WatchEngine {
    /// Whether containment follows a host's link-layer address: gateway mode, where the hosts are
    /// the gateway's neighbours. (In host mode the hosts are this machine and its accounts.)
    var followsSiblings: Bool { index.compiled.mode == .gateway }

    /// Contains, at the same level and until the same end, every other address that a contained
    /// address's link-layer address answers for on the same link: a dual-stack host's other
    /// family when one address spent a budget, or a new address a contained host takes. Sluice
    /// keys on addresses, and containing one left the host's others free (tester F: a host blocked
    /// on IPv4 sent 500,000 bytes out over IPv6, and one isolated on IPv4 reached the inside over
    /// IPv6). Only addresses of the policy's groups are contained, never a management host. A
    /// contained router's own addresses are its neighbours, the hosts behind it are not.
    func followSiblings(_ neighbours: [Neighbour], at now: Date) -> [WatchEffect] {
        var effects: [WatchEffect] = []
        for origin in containments.values.sorted(by: { $0.key < $1.key }) {
            guard case .address(let address) = origin.host, origin.ends.date.map({ $0 > now }) ?? true,
                  let (entry, siblings) = Neighbour.siblings(of: address, in: neighbours) else { continue }
            guard siblings.count <= Neighbour.siblingLimit else {
                if warnedSiblings.insert(origin.host).inserted {
                    logger.warning("a contained host's link-layer address answers for too many addresses to be one host's; none is contained with it", metadata: [
                        "host": "\(origin.host)", "link": "\(entry.linkText)", "addresses": "\(siblings.count + 1)"])
                }
                continue
            }
            for sibling in siblings {
                effects += containSibling(.address(sibling), of: origin, link: entry, at: now)
            }
        }
        return effects
    }

    private func containSibling(_ host: HostID, of origin: ContainmentState, link: Neighbour, at now: Date) -> [WatchEffect] {
        let groups = index.compiled.groupNames(of: host)
        guard !groups.isEmpty, !index.compiled.containment.isManagement(host) else { return [] }
        let holding = ContainmentKind.allCases.filter { $0 >= origin.level }.compactMap { containments[ContainmentKey(host: host, level: $0)] }
        if holding.contains(where: { $0.ends.lasts(atLeastAs: origin.ends) }) { return [] }
        let reason = link.siblingReason(of: origin.host.description) + origin.reason
        do {
            try addToKernel(host, level: origin.level, ends: origin.ends, reason: reason, at: now,
                            replacing: containments[ContainmentKey(host: host, level: origin.level)] != nil)
        } catch {
            logger.error("could not contain a contained host's other address; trying again at the next poll", metadata: [
                "host": "\(host)", "of": "\(origin.host)", "error": "\(error)"])
            return []
        }
        let state = ContainmentState(host: host, level: origin.level, since: now, ends: origin.ends, reason: reason,
                                     origin: origin.origin, quotaID: origin.quotaID, generation: generation)
        containments[state.key] = state
        logger.notice("contained a contained host's other address", metadata: [
            "host": "\(host)", "of": "\(origin.host)", "level": "\(origin.level.rawValue)", "link": "\(link.linkText)"])
        let binding = origin.quotaID.flatMap { bindings[$0] }
        let window = binding?.window ?? QuotaWindow(start: Int64(now.timeIntervalSince1970), length: 1)
        let action = origin.level.rawValue + (origin.ends.date.map { " until \(RFC3339.formatSeconds($0))" } ?? "")
        let alert = AlertEvent(time: now, kind: .contained, table: table, host: host, groups: groups, quotaID: origin.quotaID,
                               action: action, ends: origin.ends, reason: reason)
        let quotaID = origin.quotaID ?? "sibling"
        let incident = IncidentDraft(table: table, time: now, host: host, groups: groups, quotaID: quotaID, window: window,
                                     bytes: binding?.usage[host] ?? 0, budget: binding.map { $0.budget(host) } ?? 0,
                                     actions: [action], containmentExpires: origin.ends.date, details: alert.json)
        let sinks = binding.map { index.response(host: host, binding: $0.binding).sinks } ?? []
        return [.recordIncident(incident),
                .putContainment(stored(state), incident: IncidentKey(quotaID: quotaID, host: host, windowStart: window.start)),
                .alert(alert, sinks: sinks.isEmpty ? [.log] : sinks)]
    }
}
