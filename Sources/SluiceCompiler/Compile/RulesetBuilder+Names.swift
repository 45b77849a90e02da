import SluiceLanguage

extension RulesetBuilder {
    /// The learned sets of a destination with names, made on first use: one per family, with
    /// timeouts (an address is admitted for its answer's TTL), filled only by the watcher.
    func learnedSets(_ destination: Destination) -> (v4: String, v6: String) {
        let base = "dn_\(destination.name)"
        let comment = "names of destination \(destination.name)"
        func set(_ family: AddressFamily) -> String {
            addSet(NFTSet(name: base + KernelNames.suffix(family), keyType: family == .ipv4 ? .ipv4Addr : .ipv6Addr,
                          flags: .timeout, size: DNSBinding.learnedSetSize, comment: comment, runtimeElements: true))
        }
        return (set(.ipv4), set(.ipv6))
    }

    /// The learned sets an allow's targets add to its written addresses.
    func learnedTargets(_ items: [Target]) -> (v4: [String], v6: [String]) {
        var v4: [String] = []
        var v6: [String] = []
        for case .destination(let name) in items {
            guard let destination = destinationsByName[name], !destination.names.isEmpty else { continue }
            let sets = learnedSets(destination)
            v4.append(sets.v4)
            v6.append(sets.v6)
        }
        return (v4, v6)
    }

    /// The contract's part for names: nil when no destination lists one.
    func dnsBinding() -> DNSBinding? {
        let named = policy.destinations.filter { !$0.names.isEmpty }
        guard !named.isEmpty else { return nil }
        let reaching = groupsReaching(Set(named.map(\.name)))
        let destinations = named.map { destination in
            let sets = learnedSets(destination)
            return NameBinding(destination: destination.name, names: destination.names, v4Set: sets.v4, v6Set: sets.v6,
                               groups: (reaching[destination.name] ?? []).sorted())
        }
        let binding = DNSBinding(servers: policy.dns.servers, ttlFloor: policy.dns.ttlFloor,
                                 addressesPerName: policy.dns.addressesPerName, destinations: destinations,
                                 queue: PacketLogChannels.group(table: table))
        familyTables = answerQueueTables(binding)
        return binding
    }

    /// The groups whose allows target each of `destinations` (every group for `allow any`): whom
    /// the watcher tells a destination's learned addresses are for.
    func groupsReaching(_ destinations: Set<String>) -> [String: Set<String>] {
        var reaching: [String: Set<String>] = [:]
        for allow in policy.allows {
            guard case .items(let items) = allow.targets else { continue }
            let targeted = items.compactMap { item -> String? in
                if case .destination(let name) = item, destinations.contains(name) { return name }
                return nil
            }
            guard !targeted.isEmpty else { continue }
            let sources = policy.groupNames(allow.sources)
            for name in targeted { reaching[name, default: []].formUnion(sources) }
        }
        return reaching
    }

    /// The priority of the answer queue's chains: before the `inet` table's (`filter`), so an
    /// answer is learned from before anything of Sluice's can drop it. An answer the watcher
    /// accepts goes on to those chains like any other packet: queuing never admits one.
    static let answerQueuePriority: Int32 = -10

    /// The `ip` and `ip6` tables that hold the trusted servers' DNS answers (UDP and TCP from port
    /// 53) in the binding's NFQUEUE, with `bypass`: when no watcher listens, answers pass and
    /// nothing is learned. Only replies are held (`ct state established ct direction reply`): a
    /// packet that merely claims a server's address and port 53, sent from outside to a host that
    /// asked nothing, passes unlearned, so it cannot admit an address of its sender's choosing.
    /// In a gateway the answers to the protected hosts are forwarded, or come from the gateway's
    /// own resolver (output); on a host they arrive on input (a local resolver's answers too:
    /// loopback packets pass input). A family without servers gets no table; an IPv4-mapped server
    /// is an IPv4 one.
    func answerQueueTables(_ binding: DNSBinding) -> [FamilyTable] {
        let hooks: [ChainHook.Hook] = policy.mode == .gateway ? [.forward, .output] : [.input]
        let queue = Statement.queue(QueueStatement(num: binding.queue, bypass: true))
        return AddressFamily.allCases.compactMap { family in
            var servers: [IPAddress] = []
            for server in binding.servers.map(\.unmapped) where server.family == family && !servers.contains(server) {
                servers.append(server)
            }
            guard !servers.isEmpty else { return nil }
            let source: MatchKey = family == .ipv4 ? .ipSaddr : .ip6Saddr
            var rules: [Rule] = []
            for server in servers {
                for port in [MatchKey.udpSport, .tcpSport] {
                    rules.append(Rule([.match(Match(source, .address(server))), .match(Match(port, .port(53))),
                                       .match(Match(.ctState, .ctState(.established))),
                                       .match(Match(.ctDirection, .ctDirection(.reply))), queue],
                                      comment: "dns answers for sluice watch"))
                }
            }
            let chains = hooks.map { hook in
                Chain(name: "answers_\(hook.rawValue)",
                      hook: ChainHook(hook: hook, priority: Self.answerQueuePriority, policy: .accept), rules: rules)
            }
            return FamilyTable(family: family, chains: chains)
        }
    }
}
