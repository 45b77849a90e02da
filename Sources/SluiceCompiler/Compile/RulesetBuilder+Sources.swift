import SluiceLanguage

extension RulesetBuilder {
    /// The groups a selector names, in policy order.
    func groups(_ selector: SourceSelector) -> [Group] {
        switch selector {
        case .any: policy.groups
        case .groups(let names) where names.count == 1:
            names.compactMap { groupsByName[$0] }
        case .groups(let names):
            // Policy order, whatever order the selector names them in.
            { let wanted = Set(names); return policy.groups.filter { wanted.contains($0.name) } }()
        }
    }

    /// The sets that recognize the senders of a selector (`g_NAME_v4` for one group, a union set
    /// `u_A.B_v4` for several), or `.machine` when the selector includes host mode's `self`.
    /// Memoized per selector (see `sourceMatches`).
    func sourceMatch(_ selector: SourceSelector) -> SourceMatch {
        if let known = sourceMatches[selector] { return known }
        let match = buildSourceMatch(selector)
        sourceMatches[selector] = match
        return match
    }

    private func buildSourceMatch(_ selector: SourceSelector) -> SourceMatch {
        let selected = groups(selector)
        if selected.contains(where: \.isSelf) { return .machine }
        let users = selected.filter(\.isUsers)
        if !users.isEmpty {
            guard users.count == selected.count else {
                diagnostics.append(.error(
                    .unsupported, "a source list mixes users sets and groups of addresses", at: currentLocation ?? policy.location,
                    notes: [DiagnosticNote(.help, "write one statement for the users sets and one for the groups")]))
                return .sets(v4: nil, v6: nil)
            }
            return .users(usersSet(users))
        }
        let names = selected.map(\.name)
        let base = names.count == 1 ? "g_\(names[0])" : "u_\(KernelNames.part(names))"
        let comment = names.count == 1 ? "group \(names[0])" : "groups \(names.joined(separator: ", "))"
        let ranges = selected.flatMap(\.addresses)
        return .sets(v4: addressSet(base, family: .ipv4, ranges: ranges, comment: comment),
                     v6: addressSet(base, family: .ipv6, ranges: ranges, comment: comment))
    }

    /// The name part a selector contributes to quota ids: one group's name, `any`, or joined names.
    func sourcePart(_ selector: SourceSelector) -> String {
        switch selector {
        case .any: "any"
        case .groups(let names): KernelNames.part(names)
        }
    }

    /// How many addresses of a family the groups of a selector hold (saturating).
    func addressCount(_ selector: SourceSelector, family: AddressFamily) -> UInt128 {
        let ranges = AddressRange.normalize(groups(selector).flatMap(\.addresses).filter { $0.family == family })
        var total: UInt128 = 0
        for r in ranges {
            let (sum, overflow) = total.addingReportingOverflow(r.count)
            total = overflow ? .max : sum
        }
        return total
    }

    /// The match statement of a source set of one family.
    static func sourceStatement(_ set: String, family: AddressFamily, negated: Bool = false) -> Statement {
        .match(Match(family == .ipv4 ? .ipSaddr : .ip6Saddr, .set(set), negated: negated))
    }

    /// The match statement of a destination set of one family.
    static func destinationStatement(_ set: String, family: AddressFamily, negated: Bool = false) -> Statement {
        .match(Match(family == .ipv4 ? .ipDaddr : .ip6Daddr, .set(set), negated: negated))
    }

    /// The saddr key for dynamic-set updates of one family.
    static func sourceKey(_ family: AddressFamily) -> MatchKey { family == .ipv4 ? .ipSaddr : .ip6Saddr }
}
