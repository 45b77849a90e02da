import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceStore

extension TableOperations {
    /// A proposal from the flows observed in the period: what the base policy (`policyPath`, else
    /// the live version) lacks to admit them, and quotas at `headroom` times the highest use. The
    /// proposal is compiled with the base before it is returned, and every observed flow is
    /// evaluated against the result as enforced (an `audit` admits nothing here); those it does not
    /// admit are listed with the reason. Hosts' groups are the base policy's.
    public func learn(_ request: LearnRequest) throws(OperationError) -> LearnProposal {
        guard request.headroom >= 1, request.headroom <= 1000 else { throw .badLearnOption("--headroom must be 1 to 1000") }
        guard (8...32).contains(request.maxPrefix4), (16...128).contains(request.maxPrefix6) else {
            throw .badLearnOption("--max-prefix must be 8 to 32 (IPv4) and 16 to 128 (IPv6)")
        }
        guard let period = ReportPeriod(since: request.since, until: request.until) else {
            throw .emptyPeriod(since: request.since, until: request.until)
        }
        let base = try learningBase(request.policyPath)
        if let group = request.group, !base.compiled.groups.contains(where: { $0.name == group }) {
            throw .unknownGroup(group)
        }
        let observed = try observedFlows(period)
        var (groups, uncovered, alreadyAdmitted) = Self.sortObserved(observed, base: base, only: request.group)
        let inside = base.compiled.mode == .gateway ? base.compiled.insideNetworks : []
        let lacking = Set(groups.values.flatMap(\.lacking).map(\.key))
        uncovered += Self.setApart(&groups, base: base, inside: inside)
        // The quotas are sized on what the proposal admits: a flow an `expect deny` line names, or one
        // no statement can admit, must not give every host of the group its bytes as a budget.
        let kept = groups.values.flatMap(\.lacking)
        let excluded = lacking.subtracting(kept.map(\.key)).union(kept.filter {
            LearnedPolicyText.portItem(transport: $0.key.transport, port: $0.key.port) == nil
        }.map(\.key))
        let firstRecorded = try countHours(period, excluding: excluded, into: &groups, base: base,
                                           firstFlow: observed.lazy.map(\.firstHour).min())
        var writer = LearnedPolicyText(request: request, taken: base.names, baseQuotas: base.compiled.quotas,
                                       managementGroup: base.compiled.containment.managementGroup,
                                       firstRecorded: firstRecorded)
        for group in base.compiled.groups.compactMap({ groups[$0.name] }) {
            writer.add(group, keepOut: base.denials.filter { $0.groups.contains(group.name) }.map(\.destination), inside: inside)
        }
        uncovered += writer.unwritable.map { flow in
            Self.uncovered(flow, "protocol \(flow.key.transport) cannot be written in a policy (tcp, udp, icmp, icmpv6)")
        }
        let header = "# sluice learn: additions to \(base.description), from the flows of table \(table) "
            + "\(RFC3339.format(unixSeconds: period.from)) to \(RFC3339.format(unixSeconds: period.to))\n"
        let text = writer.text.isEmpty ? "" : header + writer.text
        let checked = PolicyBuild.build(path: base.root, table: table,
                                        fileSystem: AppendedFileSystem(base: base.fileSystem, root: base.root, appended: text))
        guard let compiled = checked.compiled else { throw .proposalRejected(checked.renderedDiagnostics) }
        let proposed = FlowEvaluator(compiled)
        var admitted = 0
        for group in groups.values {
            for flow in group.lacking where !writer.unwritable.contains(flow) {
                if Self.admits(proposed, flow) {
                    admitted += 1
                } else {
                    uncovered.append(Self.uncovered(flow, "the proposal does not admit it (see sluice explain)"))
                }
            }
        }
        return LearnProposal(base: base.description, text: text, alreadyAdmitted: alreadyAdmitted, admitted: admitted,
                             uncovered: uncovered.sorted { ($1.bytes, $0.host, $0.destination) < ($0.bytes, $1.host, $1.destination) },
                             warnings: Self.ownWarnings(checked, base: base))
    }

    /// Takes out of each group's lacking flows, and returns as uncovered, those no proposal may
    /// admit: what an `expect deny` line of the base names (the line says the site wants it
    /// denied, however often it was seen), and a destination inside the site (a gateway's
    /// `inside` networks, which no allow may name: it was outside when it was reached, under an
    /// earlier policy).
    private static func setApart(_ groups: inout [String: LearnedGroup], base: LearningBase,
                                 inside: [AddressRange]) -> [UncoveredFlow] {
        var uncovered: [UncoveredFlow] = []
        for (name, group) in groups {
            var kept: [ObservedFlow] = []
            for flow in group.lacking {
                if let denial = base.denials.first(where: { $0.forbids(flow, group: name) }) {
                    uncovered.append(Self.uncovered(flow, "\(denial.location): an expect line of the policy denies it"))
                } else if inside.contains(where: { $0.contains(flow.key.destination.unmapped) }) {
                    uncovered.append(Self.uncovered(flow, "the destination is inside the site (the policy's inside networks), "
                                                    + "which no allow may name"))
                } else {
                    kept.append(flow)
                }
            }
            groups[name]?.lacking = kept
        }
        return uncovered
    }

    /// The observed flows by the group of their host, those the base already admits counted
    /// apart and those of hosts in no group listed as uncovered; with `only`, that group's alone.
    private static func sortObserved(_ observed: [ObservedFlow], base: LearningBase, only: String?)
        -> (groups: [String: LearnedGroup], uncovered: [UncoveredFlow], alreadyAdmitted: Int) {
        let evaluator = FlowEvaluator(base.compiled)
        var groups: [String: LearnedGroup] = [:]
        var uncovered: [UncoveredFlow] = []
        var alreadyAdmitted = 0
        for flow in observed {
            guard let host = HostID(flow.key.host), let name = base.compiled.groupNames(of: host).first else {
                uncovered.append(Self.uncovered(flow, "the host is in no group of the policy"))
                continue
            }
            guard only == nil || base.compiled.groupNames(of: host).contains(only ?? "") else { continue }
            var group = groups[name] ?? LearnedGroup(name: name)
            if Self.admits(evaluator, flow) {
                alreadyAdmitted += 1
            } else {
                group.lacking.append(flow)
            }
            groups[name] = group
        }
        return (groups, uncovered, alreadyAdmitted)
    }

    /// The diagnostics about the appended proposal (those about the base are the base's own).
    private static func ownWarnings(_ build: PolicyBuild, base: LearningBase) -> [String] {
        let baseLines = ((try? base.fileSystem.read(base.root)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
        return build.diagnostics.filter { $0.location.file == base.root && $0.location.line > baseLines }
            .map { "\($0.location.fileLine): \($0.message)" }
    }

    /// Whether the policy admits the flow as enforced: every part allowed, none only by `audit`.
    private static func admits(_ evaluator: FlowEvaluator, _ flow: ObservedFlow) -> Bool {
        guard let host = HostID(flow.key.host) else { return false }
        let source: FlowSource
        switch host {
        case .address(let a): source = .address(a)
        case .machine: source = .machine
        case .user(let uid): source = .user(.uids(uid...uid))
        case .groupTotal: return false
        }
        let port: PortSpec
        switch flow.key.transport {
        case 6: port = PortSpec(.tcp, ports: flow.key.port...flow.key.port)
        case 17: port = PortSpec(.udp, ports: flow.key.port...flow.key.port)
        case 1: port = PortSpec(.icmp)
        case 58: port = PortSpec(.icmpv6)
        default: return false
        }
        let result = evaluator.evaluate(FlowQuery(source: source, destination: flow.key.destination, ports: [port]))
        return result.enforcedSummary == .allow
    }

    private static func uncovered(_ flow: ObservedFlow, _ reason: String) -> UncoveredFlow {
        UncoveredFlow(host: flow.key.host, destination: flow.key.destination.description,
                      service: ServiceName.of(transport: flow.key.transport, port: flow.key.port), bytes: flow.bytes,
                      reason: reason)
    }

    /// Every (host, destination, protocol, port) of the period with its bytes and first and last hour.
    private func observedFlows(_ period: ReportPeriod) throws(OperationError) -> [ObservedFlow] {
        try stored { () throws(StoreError) in
            let names = try store.endpointNames()
            var flows: [ObservedFlow.Key: ObservedFlow] = [:]
            try store.scanFlows(table: table, from: period.from, to: period.to) { row in
                guard let host = names[row.host], let text = names[row.destination], let destination = IPAddress(text) else { return }
                let key = ObservedFlow.Key(host: host, destination: destination, transport: row.transport, port: row.port)
                var flow = flows[key] ?? ObservedFlow(key: key, firstHour: row.hour, lastHour: row.hour)
                flow.bytes &+= row.bytes
                flow.firstHour = min(flow.firstHour, row.hour)
                flow.lastHour = max(flow.lastHour, row.hour)
                flows[key] = flow
            }
            return flows.values.sorted { ($0.key.host, $0.key.destination, $0.key.transport, $0.key.port)
                < ($1.key.host, $1.key.destination, $1.key.transport, $1.key.port) }
        }
    }

    /// Counts each group's hosts' hourly bytes into `groups`, and returns the first hour anything
    /// was recorded (`firstFlow` or an hour of usage): observation began there, not at --since,
    /// and a 30-day look-back over an hour of records has observed an hour.
    private func countHours(_ period: ReportPeriod, excluding excluded: Set<ObservedFlow.Key>, into groups: inout [String: LearnedGroup],
                            base: LearningBase, firstFlow: Int64?) throws(OperationError) -> Int64? {
        var first = firstFlow
        for (id, flows) in try hostHours(period, excluding: excluded) {
            if let earliest = flows.keys.min() { first = min(first ?? earliest, earliest) }
            guard let name = HostID(id).flatMap({ base.compiled.groupNames(of: $0).first }), groups[name] != nil else { continue }
            for (hour, bytes) in flows { groups[name]?.count(host: id, hour: hour, bytes: bytes) }
        }
        return first
    }

    /// Bytes per host and hour (every verdict), for the quotas, leaving out the flows of `excluded`.
    private func hostHours(_ period: ReportPeriod, excluding excluded: Set<ObservedFlow.Key>)
        throws(OperationError) -> [String: [Int64: UInt64]] {
        try stored { () throws(StoreError) in
            let names = try store.endpointNames()
            var hours: [Int64: [Int64: UInt64]] = [:]
            // Parsed once per destination id: a month is a million rows over a few thousand destinations.
            var destinations: [Int64: IPAddress?] = [:]
            try store.scanFlows(table: table, from: period.from, to: period.to) { row in
                if !excluded.isEmpty, let host = names[row.host] {
                    if destinations[row.destination] == nil { destinations[row.destination] = names[row.destination].flatMap(IPAddress.init) }
                    if let destination = destinations[row.destination] ?? nil,
                       excluded.contains(ObservedFlow.Key(host: host, destination: destination, transport: row.transport, port: row.port)) {
                        return
                    }
                }
                hours[row.host, default: [:]][row.hour, default: 0] &+= row.bytes
            }
            return Dictionary(uniqueKeysWithValues: hours.map { (names[$0.key] ?? "#\($0.key)", $0.value) })
        }
    }
}
