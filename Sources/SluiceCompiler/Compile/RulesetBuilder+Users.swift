import SluiceLanguage

extension RulesetBuilder {
    /// The set of uids of the users sets a selector names (`g_NAME` for one, `u_A.B` for several):
    /// a plain set with one element per uid, since `meta skuid` loads the uid in host byte order,
    /// which interval sets cannot order.
    func usersSet(_ users: [Group]) -> String {
        let names = users.map(\.name)
        let base = names.count == 1 ? "g_\(names[0])" : "u_\(KernelNames.part(names))"
        let ranges = RangeMerge.merge(users.flatMap { self.users.uids[$0.name] ?? [] })
        let count = ranges.reduce(UInt64(0)) { $0 + UInt64($1.count) }
        // Each set alone is held to the limit (UserResolution); several named together can pass
        // it, and a set cut short would silently leave uids out of the statement.
        guard count <= UInt64(KernelNames.maxTrackedHosts) else {
            diagnostics.append(.error(
                .tooManyUsers, "the users sets \(names.joined(separator: ", ")) hold \(count) uids together; "
                    + "one statement's users sets hold at most \(KernelNames.maxTrackedHosts)",
                at: currentLocation ?? policy.location,
                notes: [DiagnosticNote(.note, "the users sets a statement names are one set in the kernel, one element per uid"),
                        DiagnosticNote(.help, "split the statement, one for each users set")]))
            return addSet(NFTSet(name: base, keyType: .uid, comment: "users \(names.joined(separator: ", "))"))
        }
        var elements: [SetElement] = []
        for range in ranges {
            for uid in range { elements.append(SetElement(.uid(uid))) }
        }
        return addSet(NFTSet(name: base, keyType: .uid, elements: elements,
                             comment: names.count == 1 ? "users \(names[0])" : "users \(names.joined(separator: ", "))"))
    }

    /// `meta skuid @SET`: the packet leaves by a socket one of these users owns.
    static func userStatement(_ set: String, negated: Bool = false) -> Statement {
        .match(Match(.skuid, .set(set), negated: negated))
    }

    /// How many uids the users sets of a selector hold (capped at the kernel sets' size).
    func userCount(_ selector: SourceSelector) -> UInt32 {
        let ranges = RangeMerge.merge(groups(selector).flatMap { users.uids[$0.name] ?? [] })
        let count = ranges.reduce(UInt64(0)) { $0 + UInt64($1.count) }
        return UInt32(min(max(count, 1), UInt64(KernelNames.maxTrackedHosts)))
    }

    /// A dynamic set keyed by uid whose elements belong to the packet path and the watcher.
    func userQuotaSet(_ id: String, selector: SourceSelector, stateful: ElementStateful, comment: String) -> String {
        addSet(NFTSet(name: id + "_uid", keyType: .uid, flags: .dynamic, size: userCount(selector),
                      stateful: stateful, comment: comment, runtimeElements: true))
    }

    /// Rules that drop one slice of traffic in both families (or the criterion's one), each sparing
    /// the management addresses of its family: the fail-closed rule of a full per-user set.
    func dropSparingManagement(_ c: Criterion, _ extra: [Statement], origin: SourceLocation?) -> [Rule] {
        let families = c.family.map { [$0] } ?? AddressFamily.allCases
        return families.map { family in
            let spare = exceptManagement(family)
            let pin = c.family == nil && spare.isEmpty ? [Statement.match(Match(.nfproto, .nfproto(family.nfproto)))] : spare
            return Rule(c.statements + extra + pin + [.verdict(.drop)], origin: origin)
        }
    }

    /// A budget per user: one dynamic set keyed by `meta skuid` whose elements carry the quota.
    func perUserBudgets(_ q: QuotaDraft) -> ([Rule], QuotaAccounting) {
        let set = userQuotaSet(q.id, selector: q.selector, stateful: .quotaOver(bytes: q.spec.bytes), comment: q.comment)
        var rules: [Rule] = []
        for c in q.criteria {
            rules.append(Rule(c.statements + [.update(SetUpdate(.update, set: set, key: .skuid)), q.over], origin: q.location))
            // A full set adds no element and the update does not match: deny instead of letting an
            // untracked user through (management traffic excepted).
            rules += dropSparingManagement(c, [Self.userStatement(set, negated: true)], origin: q.location)
        }
        return (rules, .userSets(set: set))
    }

    /// One budget for users sets together: a named quota object, and a counter set keyed by uid
    /// that says which users spent it.
    func sharedUserBudget(_ q: QuotaDraft) -> ([Rule], QuotaAccounting) {
        quotas.append(QuotaObject(name: q.id, bytes: q.spec.bytes, comment: KernelComment.clipEnd(q.comment)))
        let set = userQuotaSet(q.id, selector: q.selector, stateful: .counter, comment: "users of \(q.comment)")
        var rules: [Rule] = []
        for c in q.criteria {
            rules.append(Rule(c.statements + [.update(SetUpdate(.update, set: set, key: .skuid))], origin: q.location))
        }
        for c in q.criteria {
            rules.append(Rule(c.statements + [.quota(name: q.id), q.over], origin: q.location))
        }
        return (rules, .userTotal(object: q.id, contributors: set))
    }

    /// The first over-quota packet per user every 10 s goes to NFLOG (the watcher asks NFLOG for
    /// the socket's uid).
    func overQuotaUserRule(id: String, selector: SourceSelector, log: Statement) -> Rule {
        let notified = addSet(NFTSet(name: "n_\(id)_uid", keyType: .uid, flags: [.timeout, .dynamic],
                                     size: userCount(selector), timeout: KernelNames.notifyTimeoutMilliseconds,
                                     comment: "users over \(id) already announced", runtimeElements: true))
        return Rule([Self.userStatement(notified, negated: true), .update(SetUpdate(.add, set: notified, key: .skuid)), log])
    }

    /// Host mode with users sets: the sets of blocked and isolated users (uid, with timeouts).
    func userContainmentSets(_ binding: inout ContainmentBinding) {
        guard policy.mode == .host, policy.groups.contains(where: \.isUsers) else { return }
        binding.blockedUsers = addSet(NFTSet(name: "blocked_users", keyType: .uid, flags: .timeout,
                                             comment: "users whose egress is blocked", runtimeElements: true))
        binding.isolatedUsers = addSet(NFTSet(name: "isolated_users", keyType: .uid, flags: .timeout,
                                              comment: "users cut off from everything but management", runtimeElements: true))
    }
}
