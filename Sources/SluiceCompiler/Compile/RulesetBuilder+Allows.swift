import SluiceLanguage

extension RulesetBuilder {
    /// The rules of one `allow`: its inline quota's accounting first, then the accept, per family
    /// and protocol slice.
    func allowRules(_ allow: AllowRule) -> [Rule] {
        currentLocation = allow.location
        defer { currentLocation = nil }
        var criteria = allowCriteria(allow)
        if allow.quota != nil {
            // Only the way its connections are opened: a reply of a connection opened from outside
            // to port P of an inside server goes to port P and matched `on tcp/P` (tester K: an
            // outside client from source port 443 used up a server's inline quota and got no data;
            // with `on exceed`, anyone outside could have had the server contained).
            let original = Statement.match(Match(.ctDirection, .ctDirection(.original)))
            criteria = criteria.map { Criterion(family: $0.family, statements: $0.statements + [original]) }
        }
        var rules: [Rule] = []
        if let quota = allow.quota, !criteria.isEmpty {
            let id = uniqueQuotaID(KernelNames.quotaID(prefix: "aq", parts: [sourcePart(allow.sources),
                                                                               targetPart(allow.targets)],
                                                       window: quota.window))
            rules += accountingRules(id: id, spec: quota, selector: allow.sources, location: allow.location,
                                     inline: true, criteria: criteria)
        }
        rules += criteria.map { Rule($0.statements + [.setCtMarkBits(marks.admitted), .verdict(.accept)], origin: allow.location) }
        if allow.quota == nil { rules += relatedRules(allow, clauses: portClauses(allow.ports)) }
        return rules
    }

    /// Gateway mode: the ICMP errors (`ct state related`) a host may send, by its own allows. Conntrack
    /// relates an error to a connection by the packet it quotes, whoever sends it, so the replies
    /// accept cannot take them: any inside host could quote another group's admitted connection and
    /// send a kilobyte of its own data per error to a destination only that group may reach (or to an
    /// outside host that opened a connection to anyone inside). An error passes here when this allow
    /// admits its sender to its destination on some protocol of the family, which the port matches
    /// of an error cannot tell. An allow with its own quota lets none by: they would leave outside
    /// that quota.
    private func relatedRules(_ allow: AllowRule, clauses: [PortClause]) -> [Rule] {
        // With no port or protocol to match, the allow's own rules already take its errors.
        guard policy.mode == .gateway, clauses.contains(where: { !$0.statements.isEmpty }) else { return [] }
        let related = Statement.match(Match(.ctState, .ctState(.related)))
        return allowBases(allow).compactMap { family, statements in
            guard let family, clauses.contains(where: { $0.family == nil || $0.family == family }) else { return nil }
            return Rule([related] + statements + [.verdict(.accept)], origin: allow.location)
        }
    }

    /// Every (family, protocol) slice the allow admits, with its source, destination and port matches.
    func allowCriteria(_ allow: AllowRule) -> [Criterion] {
        // Sets are made in the order they are first asked for: sources, destinations, then ports.
        let bases = allowBases(allow)
        let clauses = portClauses(allow.ports)
        var criteria: [Criterion] = []
        var droppedClause = false
        for (family, statements) in bases {
            for clause in clauses {
                if let tied = clause.family, let family, tied != family {
                    droppedClause = true
                    continue
                }
                criteria.append(Criterion(family: family ?? clause.family, statements: statements + clause.statements))
            }
        }
        if droppedClause && criteria.isEmpty {
            diagnostics.append(.warning(.protocolFamilyMismatch,
                                        "this allow can never match: its protocols and addresses belong to different IP versions",
                                        at: allow.location,
                                        notes: [DiagnosticNote(.note, "icmp is IPv4 only and icmpv6 is IPv6 only")]))
        }
        return criteria
    }

    /// The allow's source and destination matches, per family (nil: none pinned), before its ports.
    private func allowBases(_ allow: AllowRule) -> [(AddressFamily?, [Statement])] {
        let source = sourceMatch(allow.sources)
        var target = targetMatch(allow.targets)
        var learned: (v4: [String], v6: [String]) = ([], [])
        if case .learning(let written, let v4, let v6) = target {
            target = written
            learned = (v4, v6)
        }
        var bases: [(AddressFamily?, [Statement])] = []
        var owner: [Statement] = []
        if case .users(let set) = source { owner = [Self.userStatement(set)] }
        var bySource = false
        if case .sets = source { bySource = true }
        if !bySource, case .any = target {
            // `self` or users to anywhere: no address pins the family.
            bases.append((nil, owner))
        } else {
            for family in AddressFamily.allCases {
                var statements: [Statement] = owner
                if case .sets(let v4, let v6) = source {
                    guard let set = family == .ipv4 ? v4 : v6 else { continue }
                    statements.append(Self.sourceStatement(set, family: family))
                }
                if case .sets(let v4, let v6) = target {
                    // The written addresses, then each destination's learned addresses.
                    let written = (family == .ipv4 ? v4 : v6).map { [$0] } ?? []
                    for set in written + (family == .ipv4 ? learned.v4 : learned.v6) {
                        bases.append((family, statements + [Self.destinationStatement(set, family: family)]))
                    }
                    continue
                }
                bases.append((family, statements))
            }
        }
        return bases
    }

    /// The sets that recognize an allow's destinations, memoized per selector like `sourceMatch`.
    func targetMatch(_ selector: TargetSelector) -> TargetMatch {
        if let known = targetMatches[selector] { return known }
        let match = buildTargetMatch(selector)
        targetMatches[selector] = match
        return match
    }

    private func buildTargetMatch(_ selector: TargetSelector) -> TargetMatch {
        guard case .items(let items) = selector else { return .any }
        var names: [String] = []
        var ranges: [AddressRange] = []
        var literals: [AddressRange] = []
        for item in items {
            switch item {
            case .destination(let name):
                names.append(name)
                ranges += destinationsByName[name]?.addresses ?? []
            case .address(let range):
                literals.append(range)
            }
        }
        ranges += literals
        let base: String
        let comment: String
        if names.count == 1 && literals.isEmpty {
            base = "d_\(names[0])"
            comment = "destination \(names[0])"
        } else {
            base = "t_\(targetPart(selector))"
            comment = "targets " + (names + literals.map(\.description)).joined(separator: ", ")
        }
        let written = TargetMatch.sets(v4: addressSet(base, family: .ipv4, ranges: ranges, comment: comment),
                                       v6: addressSet(base, family: .ipv6, ranges: ranges, comment: comment))
        let learned = learnedTargets(items)
        return learned.v4.isEmpty ? written : .learning(written, v4: learned.v4, v6: learned.v6)
    }

    /// The name part an allow's targets contribute: destination names, plus a hash of literals.
    func targetPart(_ selector: TargetSelector) -> String {
        guard case .items(let items) = selector else { return "any" }
        var names: [String] = []
        var literals: [String] = []
        for item in items {
            switch item {
            case .destination(let name): names.append(name)
            case .address(let range): literals.append(range.description)
            }
        }
        if !literals.isEmpty { names.append("l" + StableHash.hex(literals.sorted().joined(separator: ","), length: 8)) }
        return KernelNames.part(names)
    }

    /// The protocol slices of an `on` list, TCP and UDP ports looked up in interval sets;
    /// memoized per selector like `sourceMatch`.
    func portClauses(_ selector: PortSelector) -> [PortClause] {
        if let known = portClauseCache[selector] { return known }
        let clauses = buildPortClauses(selector)
        portClauseCache[selector] = clauses
        return clauses
    }

    private func buildPortClauses(_ selector: PortSelector) -> [PortClause] {
        guard case .items(let items) = selector else { return [PortClause(family: nil, statements: [])] }
        var specs: [PortSpec] = []
        var names: [String] = []
        var literals: [String] = []
        for item in items {
            switch item {
            case .service(let name):
                names.append(name)
                specs += servicesByName[name]?.ports ?? []
            case .port(let spec):
                literals.append(spec.description)
                specs.append(spec)
            }
        }
        let single = names.count == 1 && literals.isEmpty
        var partNames = names
        if !literals.isEmpty { partNames.append("l" + StableHash.hex(literals.sorted().joined(separator: ","), length: 8)) }
        let base = single ? "s_\(names[0])" : "p_\(KernelNames.part(partNames))"
        let comment = single ? "service \(names[0])"
            : "ports " + (names + literals).joined(separator: ", ")

        var clauses: [PortClause] = []
        for transport in Transport.allCases.sorted() {
            let mine = specs.filter { $0.transport == transport }
            guard !mine.isEmpty else { continue }
            if !transport.hasPorts || mine.contains(where: { $0.ports == nil }) {
                clauses.append(PortClause(family: transport.family,
                                          statements: [.match(Match(.l4proto, .l4proto(transport.protocolNumber)))]))
                continue
            }
            let ranges = Self.normalizePorts(mine.map(\.portRange))
            let set = addSet(NFTSet(name: "\(base)_\(transport.rawValue)", keyType: .inetService, flags: .interval,
                                    elements: ranges.map { SetElement(.ports($0)) }, comment: comment))
            clauses.append(PortClause(family: nil,
                                      statements: [.match(Match(transport == .tcp ? .tcpDport : .udpDport, .set(set)))]))
        }
        return clauses
    }

    /// Sorted, merged port ranges (overlapping and adjacent ranges become one).
    static func normalizePorts(_ ranges: [ClosedRange<UInt16>]) -> [ClosedRange<UInt16>] {
        RangeMerge.merge(ranges)
    }
}
