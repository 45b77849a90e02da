import SluiceLanguage

extension RulesetBuilder {
    /// The id a `quota` statement's kernel objects start from: `hq_compute_1d`. Statements of one
    /// subject, window and scope count the same bytes and share it, then `_2`, `_3` in line order,
    /// except that `warn` ones among them take `_warn`: a warning added above an enforcing quota
    /// must not take its id, and with it the usage the kernel and the store keep under it.
    func quotaBase(_ quota: QuotaRule, shared: Set<String>) -> String {
        let base = KernelNames.quotaID(prefix: KernelNames.quotaPrefix(quota.spec.scope),
                                       parts: [sourcePart(quota.sources)], window: quota.spec.window)
        return quota.spec.alertOnly && shared.contains(base) ? base + "_warn" : base
    }

    /// The bases that more than one `quota` statement has.
    func sharedQuotaBases() -> Set<String> {
        var seen: Set<String> = []
        var shared: Set<String> = []
        for quota in policy.quotas {
            let base = quotaBase(quota, shared: [])
            if !seen.insert(base).inserted { shared.insert(base) }
        }
        return shared
    }

    /// Adds the kernel objects and rules that account one quota over the traffic the criteria
    /// select, and records its binding for the watcher. The returned rules go before the traffic's
    /// verdict, and before `ct state established,related accept`, so established flows count too.
    func accountingRules(id: String, spec: QuotaSpec, selector: SourceSelector, location: SourceLocation,
                         inline: Bool, criteria: [Criterion]) -> [Rule] {
        let machine: Bool
        let source = sourceMatch(selector)
        if case .machine = source { machine = true } else { machine = false }
        let countsUsers: Bool
        if case .users = source { countsUsers = true } else { countsUsers = false }
        if let multiple = spec.learned, machine || (countsUsers && spec.scope != .perUser) {
            // A learned limit lives in a host's (or user's) own quota element; this machine's quota
            // has none, and enforcing the floor alone would be a size the policy never stated.
            diagnostics.append(.error(.unsupported, "a learned quota ('\(multiple) usual') needs a group of addresses "
                                          + "or users 'per user' as its sources, not \(machine ? "this machine" : "users 'per host'")",
                                      at: location))
            return []
        }
        let families = orderedFamilies(criteria)
        let learned = spec.learned.map { LearnedLimit(multiple: $0, floor: spec.bytes, learnSeconds: policy.baselineLearn) }
        let what = "\(learned?.words ?? Units.size(spec.bytes)) per \(Units.window(spec.window)) "
            + spec.scope.words + (spec.alertOnly ? " warn" : "")
        let quota = QuotaDraft(id: id, spec: spec, selector: selector, location: location, criteria: criteria,
                               families: families, comment: "\(inline ? "inline quota" : "quota") \(what) (\(place(location)))")
        let (rules, accounting) = countsUsers ? (spec.scope == .total ? sharedUserBudget(quota) : perUserBudgets(quota))
            : machine || spec.scope == .total ? sharedBudget(quota, machine: machine) : perHostBudgets(quota)
        let binding = QuotaBinding(id: id, scope: spec.scope, groups: groups(selector).map(\.name), bytes: spec.bytes,
                                   window: spec.window, location: location, inline: inline, accounting: accounting,
                                   nflogPrefix: log.quotaPrefix(id), alertOnly: spec.alertOnly,
                                   learned: learned)
        addOverChain(id: id, families: machine || countsUsers ? [] : families, selector: selector,
                     prefix: binding.nflogPrefix, users: countsUsers, drops: !spec.alertOnly)
        bindings.append(binding)
        return rules
    }

    /// One budget: a named quota object, which the kernel announces when it is spent; for groups
    /// of addresses, counter sets attribute its bytes to hosts, so the watcher knows whom to contain.
    private func sharedBudget(_ q: QuotaDraft, machine: Bool) -> ([Rule], QuotaAccounting) {
        quotas.append(QuotaObject(name: q.id, bytes: q.spec.bytes, comment: KernelComment.clipEnd(q.comment)))
        var rules: [Rule] = []
        var hostSets: [AddressFamily: String] = [:]
        if !machine {
            for family in q.families {
                let set = hostSet(q.id, family: family, selector: q.selector, stateful: .counter, comment: "hosts of \(q.comment)")
                hostSets[family] = set
                for c in q.criteria where c.family == family {
                    rules.append(Rule(c.statements + [.update(SetUpdate(.update, set: set, key: Self.sourceKey(family)))],
                                      origin: q.location))
                }
            }
        }
        for c in q.criteria {
            rules.append(Rule(c.statements + [.quota(name: q.id), q.over], origin: q.location))
        }
        switch (machine, q.spec.scope) {
        case (true, .perHost), (true, .perUser): return (rules, .machine(object: q.id))
        case (true, .total): return (rules, .machineTotal(object: q.id))
        case (false, _): return (rules, .total(object: q.id, contributorsV4: hostSets[.ipv4], contributorsV6: hostSets[.ipv6]))
        }
    }

    /// A budget per host: a dynamic set whose elements each carry the quota, so a /16 does not
    /// need 65,536 objects up front. A learned quota's set carries its floor: the packet path
    /// creates an unknown host's element at the floor, and the watcher replaces each element's
    /// limit with the host's learned one at every window start.
    private func perHostBudgets(_ q: QuotaDraft) -> ([Rule], QuotaAccounting) {
        var rules: [Rule] = []
        var hostSets: [AddressFamily: String] = [:]
        for family in q.families {
            let set = hostSet(q.id, family: family, selector: q.selector, stateful: .quotaOver(bytes: q.spec.bytes),
                              comment: q.comment, alertOnly: q.spec.alertOnly)
            hostSets[family] = set
            for c in q.criteria where c.family == family {
                rules.append(Rule(c.statements + [.update(SetUpdate(.update, set: set, key: Self.sourceKey(family))), q.over],
                                  origin: q.location))
                // A full set adds no element and the update does not match: deny instead of
                // letting an untracked host through (management traffic and audited senders
                // excepted). A `warn` quota never stops traffic, not even then.
                guard !q.spec.alertOnly, let spareAudited = exceptAudited(q.selector, family: family) else { continue }
                rules.append(Rule(c.statements + [Self.sourceStatement(set, family: family, negated: true)]
                                  + spareAudited + exceptManagement(family) + [.verdict(.drop)], origin: q.location))
            }
        }
        return (rules, .hostSets(v4: hostSets[.ipv4], v6: hostSets[.ipv6]))
    }

    /// The families the criteria pin, IPv4 first.
    private func orderedFamilies(_ criteria: [Criterion]) -> [AddressFamily] {
        AddressFamily.allCases.filter { f in criteria.contains { $0.family == f } }
    }

    /// A dynamic set keyed by source address, sized to the groups (capped), whose elements belong to
    /// the packet path and the watcher.
    private func hostSet(_ id: String, family: AddressFamily, selector: SourceSelector, stateful: ElementStateful,
                         comment: String, alertOnly: Bool = false) -> String {
        addSet(NFTSet(name: id + KernelNames.suffix(family),
                      keyType: family == .ipv4 ? .ipv4Addr : .ipv6Addr,
                      flags: .dynamic,
                      size: trackedHosts(selector, family: family, stateful: stateful, alertOnly: alertOnly),
                      stateful: stateful,
                      comment: comment,
                      runtimeElements: true))
    }

    /// How many hosts a dynamic set may hold: the groups' address count, capped. Past the cap a
    /// per-host quota denies new hosts (fail closed); an IPv4 group that large gets a warning. IPv6
    /// groups are always larger than the cap, so the cap is documented rather than warned about.
    private func trackedHosts(_ selector: SourceSelector, family: AddressFamily, stateful: ElementStateful,
                              alertOnly: Bool) -> UInt32 {
        let count = addressCount(selector, family: family)
        let cap = KernelNames.maxTrackedHosts
        if count > UInt128(cap), family == .ipv4, case .quotaOver = stateful {
            let all = groups(selector).map { DisplayText.quoted($0.name) }
            let names = all.count <= 4 ? all.joined(separator: ", ")
                : all.prefix(3).joined(separator: ", ") + " and \(all.count - 3) more groups"
            diagnostics.append(.warning(
                .hostLimit,
                "a per-host quota tracks at most \(cap) hosts, but \(names) \(all.count == 1 ? "has" : "have") \(count) IPv4 addresses; "
                    + (alertOnly ? "hosts past the limit are not tracked, and never warned about"
                                 : "hosts past the limit are denied egress"),
                at: currentLocation ?? policy.location,
                notes: [DiagnosticNote(.help, "split the group, or give it a total quota instead")]))
        }
        return UInt32(min(count, UInt128(cap)))
    }

    /// The over-quota chain: wakes the watcher through NFLOG once per host every 10 s, then drops,
    /// except traffic to the management group: a spent quota never cuts the administrators off
    /// (that traffic was counted all the same, and goes on to meet the allows and default deny).
    /// Audited senders return too, after the notice: their quotas count but never stop traffic.
    /// A `warn` quota's chain only announces: its packets return to meet the allows like any other.
    private func addOverChain(id: String, families: [AddressFamily], selector: SourceSelector, prefix: String,
                              users: Bool, drops: Bool) {
        let chainName = "over_\(id)"
        var rules: [Rule] = []
        let log = Statement.log(LogStatement(prefix: prefix, group: log.group))
        if users {
            rules.append(overQuotaUserRule(id: id, selector: selector, log: log))
        } else if families.isEmpty {
            // One host (this machine): a rate limit is enough to keep the log quiet.
            rules.append(Rule([.limit(LimitStatement(RateLimit(count: 1, per: .second), burst: 1)), log]))
        }
        for family in families {
            let notified = addSet(NFTSet(name: "n_\(id)" + KernelNames.suffix(family),
                                         keyType: family == .ipv4 ? .ipv4Addr : .ipv6Addr,
                                         flags: [.timeout, .dynamic],
                                         size: set(named: id + KernelNames.suffix(family))?.size
                                             ?? KernelNames.maxTrackedHosts,
                                         timeout: KernelNames.notifyTimeoutMilliseconds,
                                         comment: "hosts over \(id) already announced",
                                         runtimeElements: true))
            rules.append(Rule([Self.sourceStatement(notified, family: family, negated: true),
                               .update(SetUpdate(.add, set: notified, key: Self.sourceKey(family))), log]))
        }
        if drops {
            rules += auditReturns(selector, machine: families.isEmpty)
            for family in AddressFamily.allCases {
                if let m = managementSet(family) { rules.append(Rule([Self.destinationStatement(m, family: family), .verdict(.return)])) }
            }
            rules.append(Rule([.verdict(.drop)]))
        }
        append(rules, to: chainName)
    }
}
