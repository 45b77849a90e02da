import Foundation
import SluiceCompiler
import SluiceLanguage

extension WatchEngine {
    /// Handles one kernel event at once: an over-quota host is contained before this returns,
    /// without waiting for a poll; store writes and alerts come back as effects.
    public func handle(_ event: WatchEvent) -> EngineOutput {
        let now = clock.now()
        switch event {
        case .eventsLost:
            logger.warning("kernel events were lost; reading everything now")
            return EngineOutput(pollNow: true)
        case .tableChanged(let eventTable):
            return EngineOutput(pollNow: eventTable == table)
        case .quotaDepleted(let eventTable, let name):
            guard eventTable == table, let binding = index.binding(object: name) else { return EngineOutput() }
            return quotaSpent(binding, host: nil, uid: nil, at: now)
        case .packet(let log):
            switch index.compiled.log.classify(prefix: log.prefix) {
            case .overQuota(let quotaID):
                guard let binding = index.binding(id: quotaID) else {
                    logger.warning("an over-quota log names a quota the live policy does not have",
                                   metadata: ["quota": "\(quotaID)"])
                    return EngineOutput(pollNow: true)
                }
                return quotaSpent(binding, host: log.source, uid: log.uid, at: now)
            case .denied:
                return EngineOutput(effects: deniedAttempt(log, at: now))
            case .wouldDeny, nil:
                // Would-deny packets come on the audit group, which flow accounting reads.
                return EngineOutput()
            }
        }
    }

    /// The kernel said a quota is spent, by NFLOG (with the packet's source, and its socket's uid)
    /// or by a depleted named object.
    private func quotaSpent(_ binding: QuotaBinding, host source: IPAddress?, uid: UInt32?, at now: Date) -> EngineOutput {
        guard let window = bindings[binding.id]?.window else { return EngineOutput() }
        // The window ended but its counts are not reset yet: the kernel's figure mixes the old
        // window and the new one. The poll at the boundary settles the old window's final figures
        // (and contains on them); deciding here would charge new-window bytes to the old window.
        if now >= window.endDate { return EngineOutput(pollNow: true) }
        let accounting = binding.accounting
        // The host (or user) the logged packet names: its source address, or its socket's uid.
        let reported: HostID? = accounting.countsUsers ? uid.map { HostID.user($0) } : source.map { HostID(source: $0) }
        switch accounting {
        case .hostSets, .userSets:
            // Without a uid (a packet whose socket has no owner any more) the poll reads the user
            // set and finds the spent user.
            guard let host = reported else { return EngineOutput(pollNow: accounting.countsUsers) }
            guard index.host(host, belongsTo: binding) else {
                logger.warning("an over-quota log names a host outside the quota's groups",
                               metadata: ["quota": "\(binding.id)", "host": "\(host)"])
                return EngineOutput()
            }
            updateBinding(binding.id) { $0.raise(host, to: $0.budget(host)) }
            return EngineOutput(effects: exceedHost(binding.id, host: host, at: now))
        case .machine:
            updateBinding(binding.id) { $0.raise(.machine, to: binding.bytes) }
            return EngineOutput(effects: exceedHost(binding.id, host: .machine, at: now))
        case .total, .machineTotal, .userTotal:
            updateBinding(binding.id) { $0.raise(.groupTotal, to: binding.bytes) }
            var extra: [HostID] = []
            if accounting.object != nil, !accounting.hostSets.isEmpty, let host = reported,
               index.host(host, belongsTo: binding) {
                extra.append(host)
                readContribution(of: host, in: binding)
            }
            // Contain the contributors known now, then read the attribution sets for the rest.
            return EngineOutput(effects: checkExceeds(binding.id, at: now, extraContributors: extra),
                                pollNow: !accounting.hostSets.isEmpty)
        }
    }

    /// Reads the attribution counter of the host whose packet spent a total, so that its incident
    /// and alert carry what it sent, as a start that finds the total spent records them: the last
    /// poll may predate its bytes (the packet that spent the total is often its first). A failed
    /// read leaves the figure of the last poll; the containment does not wait for it.
    private func readContribution(of host: HostID, in binding: QuotaBinding) {
        guard let set = binding.hostSet(for: host) else { return }
        let usage: [HostUsage]
        do {
            usage = try kernel.hostUsage(table: table, set: set)
        } catch {
            logger.warning("could not read a total's contributor", metadata: [
                "quota": "\(binding.id)", "host": "\(host)", "error": "\(error)"])
            return
        }
        guard let raw = usage.first(where: { $0.host == host })?.counterBytes else { return }
        updateBinding(binding.id) { $0.takeCounter(host, raw: raw) }
    }

    /// One denied egress attempt: counted per host, alerted at the threshold.
    private func deniedAttempt(_ log: PacketLog, at now: Date) -> [WatchEffect] {
        guard let source = log.source else { return [] }
        var host = HostID(source: source)
        // In host mode every packet is this machine's; it is `self` unless a group names the address.
        if compiledPolicy.mode == .host, index.machineGroup != nil, index.groups(of: host).isEmpty {
            host = .machine
        }
        let destination = DeniedDestination(address: log.destination, transport: log.transport, port: log.destinationPort)
        let note = WatchEffect.noteDenied(DeniedNote(time: now, host: host, destination: destination))
        guard let alert = denied.record(host: host, destination: destination, at: now) else { return [note] }
        let event = AlertEvent(time: now, kind: .denied, table: table, host: host, groups: index.groups(of: host),
                               count: alert.count, destinations: alert.destinations)
        logger.info("a host keeps trying denied destinations", metadata: ["host": "\(host)", "count": "\(alert.count)"])
        return [note, .alert(event, sinks: index.alertSinks(host: host))]
    }
}
