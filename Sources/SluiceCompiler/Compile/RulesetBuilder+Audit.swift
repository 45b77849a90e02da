import SluiceLanguage

extension RulesetBuilder {
    /// The audit binding (nil when the policy audits nothing), with the sets that recognize audited
    /// senders added.
    func auditBinding() -> AuditBinding? {
        let names = policy.auditedGroups
        guard let first = policy.audits.first, !names.isEmpty else { return nil }
        var binding = AuditBinding(groups: names, mark: AuditBinding.mark(table: table), location: first.location)
        switch sourceMatch(.groups(names)) {
        case .machine:
            binding.machine = true
        case .sets(let v4, let v6):
            binding.sourceSetV4 = v4
            binding.sourceSetV6 = v6
        case .users:
            // Auditing is by source address or this machine; per-user audit is not built yet.
            diagnostics.append(.error(.unsupported, "'audit' of a users set is not supported: audit 'self' instead",
                                      at: first.location))
            return nil
        }
        auditedRanges = AddressRange.normalize(groups(.groups(names)).flatMap(\.addresses))
        return binding
    }

    /// What an audited sender's packet meets once no allow admitted it and it is no reply, per
    /// family: a connection already marked goes on silently; otherwise it is marked, its first
    /// packet logged to the audit group at the `log denied` rate (default 5/second), and accepted.
    /// The mark is set before the rate limit, so every would-deny connection carries it.
    func auditRules(_ audit: AuditBinding) -> [Rule] {
        let rate = policy.logDenied ?? RateLimit(count: 5, per: .second)
        let log = Statement.log(LogStatement(prefix: self.log.auditPrefix, group: self.log.auditGroup))
        var rules: [Rule] = []
        for senders in auditCriteria(audit) {
            rules.append(Rule(senders + [.match(Match(.ctMark, .ctMarkBits(audit.mark))), .verdict(.accept)],
                              origin: audit.location))
            rules.append(Rule(senders + [.setCtMarkBits(audit.mark), .limit(LimitStatement(rate)), log], origin: audit.location))
            rules.append(Rule(senders + [.verdict(.accept)], origin: audit.location))
        }
        return rules
    }

    /// The matches that select audited senders: one per family with a set, or none at all when this
    /// machine audits.
    private func auditCriteria(_ audit: AuditBinding) -> [[Statement]] {
        if audit.machine { return [[]] }
        return [(AddressFamily.ipv4, audit.sourceSetV4), (.ipv6, audit.sourceSetV6)].compactMap { family, set in
            set.map { [Self.sourceStatement($0, family: family)] }
        }
    }

    /// `ip saddr != @AUDIT`: what a quota's fail-closed drop adds so that an audited sender is never
    /// stopped by a quota, when the quota's senders of this family include audited ones; nil when
    /// every one of them audits, and the drop has no one left to stop.
    func exceptAudited(_ selector: SourceSelector, family: AddressFamily) -> [Statement]? {
        guard let set = auditSet(overlapping: selector, family: family) else { return [] }
        if Self.covers(auditedRanges.filter { $0.family == family }, senders(selector, family)) { return nil }
        return [Self.sourceStatement(set, family: family, negated: true)]
    }

    /// The over-quota chain's early return for audited senders: quotas count their bytes and
    /// announce the spent budget (the watcher records `would-contain`), but never drop.
    func auditReturns(_ selector: SourceSelector, machine: Bool) -> [Rule] {
        guard let audit else { return [] }
        if machine { return audit.machine ? [Rule([.verdict(.return)])] : [] }
        return AddressFamily.allCases.compactMap { family in
            auditSet(overlapping: selector, family: family).map {
                Rule([Self.sourceStatement($0, family: family), .verdict(.return)])
            }
        }
    }

    /// The audit set of a family, when some sender of the selector is audited.
    private func auditSet(overlapping selector: SourceSelector, family: AddressFamily) -> String? {
        guard let audit, let set = family == .ipv4 ? audit.sourceSetV4 : audit.sourceSetV6 else { return nil }
        return Self.overlap(senders(selector, family), auditedRanges.filter { $0.family == family }) ? set : nil
    }

    /// The normalized addresses of a selector's groups in one family.
    private func senders(_ selector: SourceSelector, _ family: AddressFamily) -> [AddressRange] {
        AddressRange.normalize(groups(selector).flatMap(\.addresses).filter { $0.family == family })
    }

    /// Whether every range of `inner` lies in one range of `outer` (both normalized, so a range
    /// covered at all is covered by a single range).
    static func covers(_ outer: [AddressRange], _ inner: [AddressRange]) -> Bool {
        var j = 0
        for range in inner {
            while j < outer.count && outer[j].upper < range.lower { j += 1 }
            guard j < outer.count, outer[j].contains(range) else { return false }
        }
        return true
    }

    /// Whether two normalized (sorted, disjoint) lists share an address: one sweep over both.
    static func overlap(_ a: [AddressRange], _ b: [AddressRange]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].overlaps(b[j]) { return true }
            if a[i].upper < b[j].upper { i += 1 } else { j += 1 }
        }
        return false
    }
}
