import SluiceLanguage

extension RulesetBuilder {
    /// Adds the sets that hold contained hosts (always present, so `sluice block` works with any
    /// policy) and returns the binding the watcher uses.
    func containmentSets() -> ContainmentBinding {
        func addressSet(_ name: String, _ family: AddressFamily, _ comment: String) -> String {
            addSet(NFTSet(name: name + KernelNames.suffix(family), keyType: family == .ipv4 ? .ipv4Addr : .ipv6Addr,
                          flags: .timeout, comment: comment, runtimeElements: true))
        }
        var binding = ContainmentBinding(
            blockedV4: addressSet("blocked", .ipv4, "hosts whose egress is blocked"),
            blockedV6: addressSet("blocked", .ipv6, "hosts whose egress is blocked"),
            isolatedV4: addressSet("isolated", .ipv4, "hosts cut off from everything but management"),
            isolatedV6: addressSet("isolated", .ipv6, "hosts cut off from everything but management"),
            managementGroup: policy.management,
            management: policy.management.flatMap { groupsByName[$0]?.addresses } ?? [])
        if policy.groups.contains(where: \.isSelf) {
            binding.blockedSelf = addSet(NFTSet(name: "blocked_self", keyType: .nfproto, flags: .timeout,
                                                comment: "this machine's egress is blocked", runtimeElements: true))
            binding.isolatedSelf = addSet(NFTSet(name: "isolated_self", keyType: .nfproto, flags: .timeout,
                                                 comment: "this machine is isolated", runtimeElements: true))
        }
        userContainmentSets(&binding)
        return binding
    }

    /// The management group's set of a family, or nil when it has no address of it.
    func managementSet(_ family: AddressFamily) -> String? {
        guard let name = policy.management, let group = groupsByName[name], !group.isSelf else { return nil }
        return addressSet("g_\(name)", family: family, ranges: group.addresses, comment: "group \(name)")
    }

    /// `ip daddr != @g_MANAGEMENT_v4`: what a containment drop adds so that traffic to the
    /// management group is spared (and goes on to be filtered and counted like any other).
    func exceptManagement(_ family: AddressFamily) -> [Statement] {
        managementSet(family).map { [Self.destinationStatement($0, family: family, negated: true)] } ?? []
    }

    /// Drops for this machine's containment (`meta nfproto @blocked_self`), one rule per family so
    /// each spares the management addresses of its own family.
    func machineContainment(_ contained: Statement) -> [Rule] {
        AddressFamily.allCases.map { family in
            let spare = exceptManagement(family)
            let pin = spare.isEmpty ? [Statement.match(Match(.nfproto, .nfproto(family.nfproto)))] : spare
            return Rule([contained] + pin + [.verdict(.drop)])
        }
    }

    /// The base chain: the mark of connections opened from inside (`ConnectionMarks`), isolation
    /// (both directions, management excepted), then egress dispatch. Without `egress` interfaces
    /// a gateway filters every forwarded packet, so a forged one opens nothing and none is marked.
    func baseChain(_ containment: ContainmentBinding) -> Chain {
        var rules: [Rule] = []
        let gateway = policy.mode == .gateway
        let egressSet = policy.egressInterfaces.isEmpty ? nil
            : addSet(NFTSet(name: KernelNames.egressInterfaces, keyType: .ifname,
                            elements: policy.egressInterfaces.sorted().map { SetElement(.ifname($0)) },
                            comment: "interfaces that lead out"))
        if gateway, let egressSet {
            rules.append(marks.markOpenedInside(arrivingOn: Match(.iifname, .set(egressSet), negated: true)))
        }
        if !gateway {
            // Before loopback is let by: a connection opened over loopback from a forged source
            // would otherwise make this machine's packets to that source its replies.
            rules.append(marks.markOpenedInside())
            rules.append(Rule([.match(Match(.oifname, .ifname("lo"))), .verdict(.accept)]))
            // IPv6 neighbour discovery and MLD leave this machine untracked; without them no IPv6
            // flow works, isolated or not. Unprivileged processes cannot send untracked ICMPv6.
            rules.append(Rule([.match(Match(.l4proto, .l4proto(Transport.icmpv6.protocolNumber))),
                               .match(Match(.ctState, .ctState(.untracked))), .verdict(.accept)]))
            rules += ownerRecording(containment)
            if let isolatedSelf = containment.isolatedSelf {
                rules += machineContainment(.match(Match(.nfproto, .set(isolatedSelf))))
            }
            if let isolatedUsers = containment.isolatedUsers {
                let isolation = machineContainment(Self.userStatement(isolatedUsers))
                rules += isolation
                rules += ownerlessChain("output_ownerless", twinning: isolation).map { [$0] } ?? []
            }
        }
        // Containment only ever removes access: these rules drop, and never accept. What they let
        // by (traffic to and from the management group) goes on through the egress chain like any
        // other traffic, so a contained host's egress still meets default deny and every quota.
        for family in AddressFamily.allCases {
            let isolated = family == .ipv4 ? containment.isolatedV4 : containment.isolatedV6
            let destinationKey: MatchKey = family == .ipv4 ? .ipDaddr : .ip6Daddr
            rules.append(Rule([Self.sourceStatement(isolated, family: family)] + exceptManagement(family) + [.verdict(.drop)]))
            if gateway {
                let fromOthers = managementSet(family).map { [Self.sourceStatement($0, family: family, negated: true)] } ?? []
                rules.append(Rule(fromOthers + [.match(Match(destinationKey, .set(isolated))), .verdict(.drop)]))
            }
        }
        if let egressSet {
            rules.append(Rule([.match(Match(.oifname, .set(egressSet))), .verdict(.jump("egress"))]))
        } else {
            rules.append(Rule([.verdict(.jump("egress"))]))
        }
        return Chain(name: gateway ? "forward" : "output",
                     hook: ChainHook(hook: gateway ? .forward : .output, priority: 0, policy: .accept),
                     rules: rules)
    }

    /// Gateway mode, the input hook: an isolated host reaches nothing on the gateway itself but the
    /// management group's addresses. Its resolver, proxy or mail relay would otherwise carry the
    /// host's data out as the gateway's own traffic, which Sluice does not filter. Two things
    /// still pass, so that management keeps reaching the host: IPv6 neighbour discovery
    /// (untracked), without which the gateway cannot deliver management's packets to it, and DHCP
    /// to the gateway (udp/67, udp/547), without which a lease that runs out while the host is
    /// isolated takes its address. These rules only drop (the chain's policy is accept).
    func isolationFromThisMachine(_ containment: ContainmentBinding) -> [Rule] {
        guard policy.mode == .gateway else { return [] }
        let udp = Transport.udp.protocolNumber
        return AddressFamily.allCases.flatMap { family -> [Rule] in
            let isolated = family == .ipv4 ? containment.isolatedV4 : containment.isolatedV6
            let contained = [Self.sourceStatement(isolated, family: family)] + exceptManagement(family)
            let neighbourDiscovery: [Statement] = family == .ipv6
                ? [.match(Match(.ctState, .ctState(.untracked), negated: true))] : []
            return [
                Rule(contained + neighbourDiscovery + [.match(Match(.l4proto, .l4proto(udp), negated: true)), .verdict(.drop)]),
                Rule(contained + [.match(Match(.udpDport, .port(family == .ipv4 ? 67 : 547), negated: true)), .verdict(.drop)]),
            ]
        }
    }

    /// The egress chain: containment, quotas (before the established accept, so no established
    /// flow runs past its budget), allows, replies, and the default deny.
    func egressChain(_ containment: ContainmentBinding) -> Chain {
        var rules: [Rule] = []
        // Before the quotas: their fail-closed drops and over-quota chains spare audited senders.
        audit = auditBinding()
        if let blockedSelf = containment.blockedSelf {
            rules += machineContainment(.match(Match(.nfproto, .set(blockedSelf))))
        }
        if let blockedUsers = containment.blockedUsers {
            rules += machineContainment(Self.userStatement(blockedUsers))
        }
        rules.append(Rule([Self.sourceStatement(containment.blockedV4, family: .ipv4)] + exceptManagement(.ipv4)
                          + [.verdict(.drop)]))
        rules.append(Rule([Self.sourceStatement(containment.blockedV6, family: .ipv6)] + exceptManagement(.ipv6)
                          + [.verdict(.drop)]))
        rules.append(Rule([.match(Match(.ctState, .ctState(.invalid))), .verdict(.drop)]))
        // Where the quotas begin: the per-user rules' twins for ownerless packets go in here.
        let ownerlessAt = rules.count

        let shared = sharedQuotaBases()
        for quota in policy.quotas {
            currentLocation = quota.location
            let criteria: [Criterion]
            switch sourceMatch(quota.sources) {
            case .machine:
                criteria = [Criterion(family: nil, statements: [])]
            case .users(let set):
                criteria = [Criterion(family: nil, statements: [Self.userStatement(set)])]
            case .sets(let v4, let v6):
                criteria = [(AddressFamily.ipv4, v4), (.ipv6, v6)].compactMap { family, set in
                    set.map { Criterion(family: family, statements: [Self.sourceStatement($0, family: family)]) }
                }
            }
            guard !criteria.isEmpty else { continue }
            let id = uniqueQuotaID(quotaBase(quota, shared: shared))
            rules += accountingRules(id: id, spec: quota.spec, selector: quota.sources, location: quota.location,
                                     inline: false, criteria: criteria)
        }
        currentLocation = nil

        // Allows with a quota of their own after the others: an inline quota counts and stops only
        // what no other allow admits, whatever the order of the lines (tester K: a host in two
        // groups got 3 of 10 datagrams out, or all 10 with the lines swapped).
        for allow in policy.allows.filter({ $0.quota == nil }) + policy.allows.filter({ $0.quota != nil }) {
            rules += allowRules(allow)
        }
        rules += ridersOfUsersConnections() + marks.repliesAccept(gateway: policy.mode == .gateway)
        if let audit { rules += auditRules(audit) }
        if let rate = policy.logDenied {
            rules.append(Rule([.limit(LimitStatement(rate)),
                               .log(LogStatement(prefix: PacketLogChannels.deniedKernelLogPrefix)),
                               .log(LogStatement(prefix: log.deniedPrefix, group: log.group))],
                              origin: policy.location))
        }
        counters.append(CounterObject(name: KernelNames.deniedCounter, comment: "default deny"))
        rules.append(Rule([.counter(name: KernelNames.deniedCounter), .verdict(.drop)], origin: policy.location))
        if let jump = ownerlessChain("egress_ownerless", twinning: rules) { rules.insert(jump, at: ownerlessAt) }
        return Chain(name: "egress", rules: rules)
    }
}
