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
        var effects = unfollowSiblings(neighbours, at: now)
        for origin in containments.values.sorted(by: { $0.key < $1.key }) {
            // A follower's own siblings are its host's: followed from the host's containment only
            // (tester J: a released host and its follower contained each other again, 5,300 times).
            guard case .address(let address) = origin.host, Neighbour.followedHost(inReason: origin.reason) == nil,
                  origin.ends.date.map({ $0 > now }) ?? true,
                  let (entry, siblings) = Neighbour.siblings(of: address, in: neighbours) else { continue }
            if siblings.count > Neighbour.siblingLimit, warnedSiblings.insert(origin.host).inserted {
                logger.warning("a contained host's link-layer address answers for more addresses than one host has: a router, or a host claiming others' addresses; all are contained while it does", metadata: [
                    "host": "\(origin.host)", "link": "\(entry.linkText)", "addresses": "\(siblings.count + 1)"])
            }
            for sibling in siblings {
                effects += containSibling(.address(sibling), of: origin, link: entry, at: now)
            }
        }
        return effects
    }

    /// Ends the containments that followed a host to an address that is no longer the host's: the
    /// host's own containment ended, or the neighbour table no longer gives the address the host's
    /// link-layer address (a claim withdrawn: the address's own host answered again). A host that
    /// claimed an innocent address, or pointed one at a contained host's MAC, keeps it contained
    /// only while its claim stands (tester J). When the host's own entry has gone from the table,
    /// nothing can be told, and its followers stay until their end.
    private func unfollowSiblings(_ neighbours: [Neighbour], at now: Date) -> [WatchEffect] {
        var effects: [WatchEffect] = []
        for follower in containments.values.sorted(by: { $0.key < $1.key }) {
            guard let text = Neighbour.followedHost(inReason: follower.reason), let host = HostID(text),
                  case .address(let hostAddress) = host, case .address(let address) = follower.host else { continue }
            let held = ContainmentKind.allCases.contains { containments[ContainmentKey(host: host, level: $0)] != nil }
            if held, let (_, siblings) = Neighbour.siblings(of: hostAddress, in: neighbours), siblings.contains(address.unmapped) { continue }
            if held && !neighbours.contains(where: { $0.address.unmapped == hostAddress.unmapped }) { continue }
            removeFromKernel(follower.key)
            containments.removeValue(forKey: follower.key)
            logger.notice("released an address that no longer follows its contained host", metadata: [
                "host": "\(follower.host)", "of": "\(host)", "level": "\(follower.level.rawValue)"])
            var alert = endAlert(follower, kind: .released, at: now)
            alert.reason = held ? "no longer the same link-layer address as \(host)" : "\(host) is no longer contained"
            effects += [.endContainment(host: follower.host, level: follower.level, at: now),
                        .alert(alert, sinks: index.alertSinks(host: follower.host))]
        }
        return effects
    }

    private func containSibling(_ host: HostID, of origin: ContainmentState, link: Neighbour, at now: Date) -> [WatchEffect] {
        guard index.compiled.containmentFollows(to: host) else { return [] }
        let groups = index.compiled.groupNames(of: host)
        // Following covers an address the containment left free; one contained at least as strongly
        // already (by its own quota, say) is not made longer by it, which would only say it twice.
        if ContainmentKind.allCases.contains(where: { $0 >= origin.level && containments[ContainmentKey(host: host, level: $0)] != nil }) {
            return []
        }
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
                                     origin: .watcher, quotaID: origin.quotaID, generation: generation)
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
