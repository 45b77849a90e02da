import SluiceLanguage

/// Interprets a compiled `Ruleset` the way the kernel does, so that what `explain` and `expect`
/// say is what the kernel will do. Containment sets are taken as they are in the ruleset (empty
/// when compiled) and quotas as not yet spent.
public struct FlowEvaluator: Sendable {
    private let ruleset: Ruleset
    private let mode: PolicyMode
    private let outputInterface: String
    private let indexes: [String: SetIndex]
    private let quotaBySet: [String: String]
    private let quotaByObject: [String: String]
    private let quotaSets: Set<String>
    private let portBreaks: [UInt32]
    /// The policy's resolved users, for `user NAME` sources.
    private let compiled: CompiledPolicy
    private let audit: AuditBinding?

    /// Prepares an evaluator for a compiled policy.
    public init(_ compiled: CompiledPolicy) {
        ruleset = compiled.ruleset
        self.compiled = compiled
        mode = compiled.mode
        // A packet that is egress leaves by an egress interface, or by any interface but loopback.
        outputInterface = compiled.egressInterfaces.sorted().first ?? "eth0"
        var indexes: [String: SetIndex] = [:]
        var breaks: Set<UInt32> = [1, 65_536]
        for set in compiled.ruleset.sets {
            indexes[set.name] = SetIndex(set)
            if set.keyType == .inetService {
                for case .ports(let p) in set.elements.map(\.key) {
                    breaks.insert(UInt32(p.lowerBound))
                    breaks.insert(UInt32(p.upperBound) + 1)
                }
            }
        }
        self.indexes = indexes
        portBreaks = breaks.sorted()
        var bySet: [String: String] = [:]
        var byObject: [String: String] = [:]
        for binding in compiled.quotas {
            for set in binding.accounting.hostSets { bySet[set] = binding.id }
            if let object = binding.accounting.object { byObject[object] = binding.id }
        }
        quotaBySet = bySet
        quotaByObject = byObject
        quotaSets = Set(compiled.ruleset.sets.filter { $0.stateful != nil }.map(\.name))
        audit = compiled.audit
    }

    /// Evaluates a flow over every protocol and port it covers, merging ports treated alike.
    public func evaluate(_ query: FlowQuery) -> FlowResult {
        let family = query.destination.family
        var source: IPAddress?
        var uid: UInt32?
        switch query.source {
        case .address(let a): source = a
        case .user(.uids(let uids)): uid = uids.lowerBound
        // A name the compile did not resolve has no uid: its packets match no users rule.
        case .user(.name(let name)): uid = compiled.uid(named: name)
        case .machine: break
        }
        // The kernel routes loopback destinations out by `lo`, which a host policy always lets by.
        let outputInterface = mode == .host && query.destination.isLoopback ? "lo" : outputInterface
        var slices: [FlowSlice] = []
        for (transport, ports) in Self.probes(query.ports, family: family) {
            let proto = transport?.protocolNumber ?? 47
            guard let ports, transport?.hasPorts == true else {
                var packet = Packet(family: family, source: source, destination: query.destination, l4proto: proto,
                                    destinationPort: nil, outputInterface: outputInterface, uid: uid)
                packet.learnedSets = query.learnedSets
                slices.append(FlowSlice(transport: transport, ports: nil, outcome: evaluate(packet)))
                continue
            }
            for segment in segments(ports) {
                var packet = Packet(family: family, source: source, destination: query.destination, l4proto: proto,
                                    destinationPort: segment.lowerBound, outputInterface: outputInterface, uid: uid)
                packet.learnedSets = query.learnedSets
                let outcome = evaluate(packet)
                if let last = slices.last, last.transport == transport, last.outcome == outcome,
                   let lastPorts = last.ports, UInt32(lastPorts.upperBound) + 1 == UInt32(segment.lowerBound) {
                    slices[slices.count - 1].ports = lastPorts.lowerBound...segment.upperBound
                } else {
                    slices.append(FlowSlice(transport: transport, ports: segment, outcome: outcome))
                }
            }
        }
        return FlowResult(slices: slices)
    }

    /// The protocols and port ranges a query covers; nil ports means everything of the family.
    /// An ICMP item of the other family names no packet of this flow and is left out (`on ping`
    /// of a service `icmp, icmpv6` is the ICMP of the flow's family); a list of only such items
    /// is kept, so that the flow, which no packet can be, is judged denied.
    static func probes(_ ports: [PortSpec]?, family: AddressFamily) -> [(Transport?, ClosedRange<UInt16>?)] {
        guard let ports else {
            var all: [(Transport?, ClosedRange<UInt16>?)] = [(.tcp, 1...65535), (.udp, 1...65535)]
            all.append(family == .ipv4 ? (.icmp, nil) : (.icmpv6, nil))
            all.append((nil, nil))
            return all
        }
        let possible = ports.filter { ($0.transport.family ?? family) == family }
        return (possible.isEmpty ? ports : possible).map { spec in
            (spec.transport, spec.transport.hasPorts ? (spec.ports ?? 1...65535) : nil)
        }
    }

    /// Splits a port range where any port set of the ruleset starts or ends.
    private func segments(_ range: ClosedRange<UInt16>) -> [ClosedRange<UInt16>] {
        var out: [ClosedRange<UInt16>] = []
        var start = UInt32(range.lowerBound)
        let end = UInt32(range.upperBound)
        for b in portBreaks where b > start && b <= end {
            out.append(UInt16(start)...UInt16(b - 1))
            start = b
        }
        out.append(UInt16(start)...UInt16(end))
        return out
    }

    /// Evaluates one packet from the base chain of the policy's mode.
    public func evaluate(_ packet: Packet) -> FlowOutcome {
        let hook: ChainHook.Hook = mode == .gateway ? .forward : .output
        guard let base = ruleset.chains.first(where: { $0.hook?.hook == hook }) else {
            return FlowOutcome(verdict: .allow, rule: nil, quotas: [])
        }
        var state = EvaluationState(mark: packet.ctMark, owner: packet.owner)
        // The family tables' chains come first (lower priority). Only a drop there decides: an
        // accept, or a queued packet the watcher releases, goes on to the next base chain.
        for table in ruleset.familyTables where table.family == packet.family {
            for chain in table.chains where chain.hook?.hook == hook {
                if let decided = run(chain, packet, &state, depth: 0), decided.verdict == .deny { return decided }
            }
        }
        if var decided = run(base, packet, &state, depth: 0) {
            decided.mark = state.mark
            return decided
        }
        var outcome = FlowOutcome(verdict: base.hook?.policy == .drop ? .deny : .allow, rule: nil, quotas: state.quotas)
        outcome.mark = state.mark
        return outcome
    }

    /// What one evaluation has learned: elements the packet path added, quotas counted, the
    /// connection's mark.
    private struct EvaluationState {
        var added: Set<String> = []
        var quotas: [String] = []
        var mark: UInt32
        /// The owner the connection recorded (`ct owner`).
        var owner: UInt32?

        mutating func count(_ id: String?) {
            if let id, !quotas.contains(id) { quotas.append(id) }
        }
    }

    /// Runs a chain; a verdict ends the evaluation, falling off the end returns nil.
    private func run(_ chain: Chain, _ packet: Packet, _ state: inout EvaluationState, depth: Int) -> FlowOutcome? {
        guard depth < 16 else { return FlowOutcome(verdict: .deny, rule: nil, quotas: state.quotas) }
        ruleLoop: for rule in chain.rules {
            for statement in rule.statements {
                switch statement {
                case .match(let m):
                    if !matches(m, packet, state) { continue ruleLoop }
                case .update(let u):
                    state.added.insert(u.set)
                    state.count(quotaBySet[u.set])
                    // A fresh per-host quota is not spent, so its `over` test stops the rule.
                    if quotaSets.contains(u.set), case .quotaOver = ruleset.set(named: u.set)?.stateful {
                        continue ruleLoop
                    }
                case .quota(let name):
                    state.count(quotaByObject[name])
                    if ruleset.quota(named: name)?.over ?? true { continue ruleLoop }
                case .setCtMarkBits(let bits):
                    state.mark |= bits
                case .recordOwner:
                    // Once per connection, from its first packet that has an owner.
                    guard state.owner == nil, let uid = packet.uid else { continue ruleLoop }
                    state.owner = uid
                case .counter, .limit, .log:
                    break
                case .queue:
                    // Transparent: released (or bypassed) packets leave this chain accepted.
                    return nil
                case .verdict(let v):
                    switch v {
                    case .accept:
                        // The audit rules' mark on the connection is the kernel's record of a would-deny.
                        return FlowOutcome(verdict: .allow, rule: rule, quotas: state.quotas,
                                           audited: audit?.marks(state.mark) ?? false)
                    case .drop: return FlowOutcome(verdict: .deny, rule: rule, quotas: state.quotas)
                    case .return: return nil
                    case .jump(let name), .goto(let name):
                        guard let target = ruleset.chain(named: name) else { continue ruleLoop }
                        if let decided = run(target, packet, &state, depth: depth + 1) { return decided }
                        if case .goto = v { return nil }
                    }
                }
            }
        }
        return nil
    }

    /// Whether one match holds for the packet: a table of cases, one per match key, that reads
    /// better whole than split.
    private func matches(_ m: Match, _ packet: Packet, _ state: EvaluationState) -> Bool {
        let found: Bool
        switch m.key {
        case .ipSaddr, .ip6Saddr, .ipDaddr, .ip6Daddr:
            let wanted: AddressFamily = (m.key == .ipSaddr || m.key == .ipDaddr) ? .ipv4 : .ipv6
            // The implied `meta nfproto` dependency fails for the other family, negated or not.
            guard packet.family == wanted else { return false }
            let isSource = m.key == .ipSaddr || m.key == .ip6Saddr
            guard let address = isSource ? packet.source : packet.destination else { return false }
            switch m.value {
            case .set(let name): found = (!isSource && packet.learnedSets.contains(name)) || lookup(name, address.value, state)
            case .address(let wanted): found = address == wanted
            default: return false
            }
        case .tcpDport, .udpDport:
            guard packet.l4proto == (m.key == .tcpDport ? 6 : 17), let port = packet.destinationPort,
                  case .set(let name) = m.value else { return false }
            found = lookup(name, UInt128(port), state)
        case .tcpSport, .udpSport:
            guard packet.l4proto == (m.key == .tcpSport ? 6 : 17), let port = packet.sourcePort else { return false }
            switch m.value {
            case .port(let wanted): found = port == wanted
            case .set(let name): found = lookup(name, UInt128(port), state)
            default: return false
            }
        case .l4proto:
            found = compare(m.value, UInt128(packet.l4proto), state)
        case .nfproto:
            found = compare(m.value, packet.family == .ipv4 ? 2 : 10, state)
        case .oifname, .iifname:
            let name = m.key == .oifname ? packet.outputInterface : packet.inputInterface
            switch m.value {
            case .ifname(let wanted): found = wanted == name
            case .set(let set): found = indexes[set]?.contains(name: name) ?? false
            default: found = false
            }
        case .skuid:
            // A packet without a socket owner matches neither `==` nor `!=`: the kernel's meta
            // expression breaks the rule before the comparison.
            guard let uid = packet.uid else { return false }
            switch m.value {
            case .set(let name): found = lookup(name, UInt128(uid), state)
            case .present: found = true
            default: return false
            }
        case .owner:
            // Likewise without a recorded owner: the rule tests that one is recorded first.
            guard let owner = state.owner, case .set(let name) = m.value else { return false }
            found = lookup(name, UInt128(owner), state)
        case .ctState:
            guard case .ctState(let states) = m.value else { return false }
            found = !states.intersection(packet.ctState).isEmpty
        case .ctDirection:
            guard case .ctDirection(let direction) = m.value else { return false }
            found = direction == packet.ctDirection
        case .ctMark:
            guard case .ctMarkBits(let bits) = m.value else { return false }
            found = state.mark & bits == bits
        }
        return found != m.negated
    }

    private func compare(_ value: MatchValue, _ key: UInt128, _ state: EvaluationState) -> Bool {
        switch value {
        case .l4proto(let v), .nfproto(let v): UInt128(v) == key
        case .set(let name): lookup(name, key, state)
        default: false
        }
    }

    /// Set membership, counting elements the packet path added earlier in this evaluation.
    private func lookup(_ set: String, _ key: UInt128, _ state: EvaluationState) -> Bool {
        state.added.contains(set) || (indexes[set]?.contains(key) ?? false)
    }
}
