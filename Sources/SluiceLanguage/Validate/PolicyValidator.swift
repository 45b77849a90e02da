/// Semantic checks on a resolved policy: `allow any to any`, allows that can never match or are
/// shadowed, unused names, overlapping groups, quotas and containment that can never take effect.
///
/// Every check sorts, sweeps or looks up an index; none compares all pairs of addresses, allows
/// or groups, so a policy with 100,000 prefixes or 100,000 allows validates in linear time.
struct PolicyValidator {
    private let resolution: Resolution
    private let mentionedNames: Set<String>
    private var diagnostics: [Diagnostic] = []
    /// The shadowed-allow check `checkAllows` prepares, and where its warnings go in `diagnostics`.
    private var shadows = ShadowCheck(footprints: [], eligible: [], allows: [])
    private var shadowPosition = 0
    private let sets: AllowSets

    /// Runs every check but the shadowed-allow analysis, which comes back unrun (it only warns,
    /// and on 100,000 allows it costs as much as compiling them: the build overlaps the two).
    static func validateDeferringShadows(_ resolution: Resolution, mentionedNames: Set<String>) -> DeferredValidation {
        var validator = PolicyValidator(resolution: resolution, mentionedNames: mentionedNames)
        validator.run()
        return DeferredValidation(diagnostics: validator.diagnostics, shadowPosition: validator.shadowPosition,
                                  shadows: validator.shadows)
    }

    private init(resolution: Resolution, mentionedNames: Set<String>) {
        self.resolution = resolution
        self.mentionedNames = mentionedNames
        sets = AllowSets(resolution.policy)
    }

    private var policy: Policy { resolution.policy }
    private var groupSets: [String: AddressSet] { sets.groups }
    private var allGroups: AddressSet { sets.allGroups }

    private mutating func run() {
        let footprints = checkAllows()
        checkUnusedNames()
        checkOverlappingGroups()
        checkQuotasAndExceeds(footprints)
        checkContainmentWithoutManagement()
        diagnostics += ManagementCheck.diagnostics(resolution)
        diagnostics += AuditCheck.diagnostics(resolution)
    }

    // MARK: Allows

    /// `allow any to any`, allows that can never match; prepares the shadowed-allow check.
    /// Returns the footprint of every complete allow (nil for incomplete ones), in order.
    private mutating func checkAllows() -> [AllowFootprint?] {
        var footprints: [AllowFootprint?] = []
        let usersSets = Set(policy.groups.filter(\.isUsers).map(\.name))
        // Only allows that can match and are not errors may shadow later ones.
        var eligible: [Bool] = []
        for (node, rule) in resolution.allows {
            let footprint = rule.map(sets.footprint)
            footprints.append(footprint)
            eligible.append(false)
            guard let rule, let footprint else { continue }
            if let problem = admitsEverything(rule, footprint) {
                diagnostics.append(.error(.allowAnyToAny, problem, at: node.location,
                                          notes: [DiagnosticNote(.help, "allow each group only the destinations and services it needs")]))
                continue
            }
            if footprint.families.isEmpty {
                reportNeverMatches(node, footprint)
                continue
            }
            // An allow of a users set admits only those users' sockets, a part of what its address
            // footprint (all of this machine) says: it never shadows a later allow.
            eligible[eligible.count - 1] = !Self.namesUsers(rule.sources, usersSets: usersSets)
        }
        shadows = ShadowCheck(footprints: footprints, eligible: eligible,
                              allows: resolution.allows.map { ($0.node.location, $0.rule?.quota != nil) })
        shadowPosition = diagnostics.count
        return footprints
    }

    /// Why an allow switches the firewall off, if it does: `any` to every address on everything,
    /// or (gateway mode) groups that hold a whole family to every address of it on everything,
    /// which is the same for that family whatever the groups are called.
    private func admitsEverything(_ rule: AllowRule, _ footprint: AllowFootprint) -> String? {
        guard footprint.ports.isEverything else { return nil }
        if case .any = rule.sources {
            guard footprint.targets.isFull(.ipv4), footprint.targets.isFull(.ipv6) else { return nil }
            return "'allow any to any' admits every packet and defeats the default deny"
        }
        guard policy.mode == .gateway else { return nil }
        let open = AddressFamily.allCases.filter { footprint.sources.isFull($0) && footprint.targets.isFull($0) }
        guard !open.isEmpty else { return nil }
        let families = open.map { $0 == .ipv4 ? "IPv4" : "IPv6" }.joined(separator: " and ")
        return "this allow admits every \(families) packet (its groups hold every address) and defeats the default deny"
    }

    /// Whether a selector names a users set (a look-up per name: 40,000 names against 40,000
    /// groups must not compare every pair).
    private static func namesUsers(_ selector: SourceSelector, usersSets: Set<String>) -> Bool {
        guard !usersSets.isEmpty, case .groups(let names) = selector else { return false }
        return names.contains { usersSets.contains($0) }
    }

    /// Reports an allow whose sources and targets share no address family.
    private mutating func reportNeverMatches(_ node: AllowNode, _ footprint: AllowFootprint) {
        func describe(_ set: AddressSet) -> String {
            switch (set.isEmpty(.ipv4), set.isEmpty(.ipv6)) {
            case (false, true): "IPv4 only"
            case (true, false): "IPv6 only"
            case (true, true): "empty"
            case (false, false): "IPv4 and IPv6"
            }
        }
        // When sources and targets do share a family, only the protocols (icmp, icmpv6) rule the
        // allow out; the compiler reports that case as protocol-family-mismatch, so it is not
        // reported twice.
        let sharesFamily = AddressFamily.allCases.contains { !footprint.sources.isEmpty($0) && !footprint.targets.isEmpty($0) }
        guard !sharesFamily else { return }
        let message = "this allow can never match: its sources are \(describe(footprint.sources))"
            + " and its targets \(describe(footprint.targets))"
        diagnostics.append(.warning(.familyMismatch, message, at: node.location,
                                    notes: [DiagnosticNote(.note, "a packet's source and destination are of the same address family")]))
    }

    // MARK: Names

    private mutating func checkUnusedNames() {
        let anySource = resolution.allows.contains { if case .any = $0.node.sources { true } else { false } }
            || resolution.quotas.contains { if case .any = $0.node.sources { true } else { false } }
            || resolution.exceeds.contains { if case .any = $0.node.sources { true } else { false } }
            || resolution.audits.contains { if case .any = $0.node.sources { true } else { false } }
        for node in resolution.definitions {
            let name = node.name.value
            // A definition with errors gets those reported; "unused" on top would be noise.
            guard !node.hasErrors, !resolution.used.contains(name), !mentionedNames.contains(name) else { continue }
            if node.kind == .group && anySource { continue }
            let help: String
            switch node.kind {
            case .group: help = "use it in an allow, or remove it"
            case .destination: help = "allow some group to reach it, or remove it"
            case .service: help = "use it after 'on' in an allow, or remove it"
            case .users: help = "use it in an allow or a quota, or remove it"
            }
            diagnostics.append(.warning(.unusedName, "\(node.kind.rawValue) '\(DisplayText.quoted(name))' is never used",
                                        at: node.name.location, notes: [DiagnosticNote(.help, help)]))
        }
    }

    /// Groups that share addresses: each group is reported once, with the first earlier group it
    /// overlaps. Once per pair would be quadratic output (ten thousand groups holding one network
    /// make fifty million pairs); `FirstClaimIndex` finds the first overlapping group in
    /// O(log n) per range, however many groups overlap.
    private mutating func checkOverlappingGroups() {
        let groupNodes = resolution.definitions.filter { $0.kind == .group }
        let groupRanges = groupNodes.map { node in
            groupSets[node.name.value].map { $0.ranges(.ipv4) + $0.ranges(.ipv6) } ?? []
        }
        var claims = FirstClaimIndex(ranges: groupRanges.flatMap { $0 })
        for (index, ranges) in groupRanges.enumerated() {
            let earlier = ranges.compactMap { claims.firstClaim($0) }.min()
            for range in ranges { claims.claim(range, by: index) }
            guard let earlier else { continue }
            let later = groupNodes[index], first = groupNodes[earlier]
            guard let shared = AddressSet(normalized: ranges)
                .firstIntersection(with: groupSets[first.name.value] ?? .empty) else { continue }
            diagnostics.append(.warning(
                .overlappingGroups,
                "groups '\(DisplayText.quoted(later.name.value))' and '\(DisplayText.quoted(first.name.value))' overlap: both contain \(shared)",
                at: later.name.location,
                notes: [DiagnosticNote(.note, "'\(DisplayText.quoted(first.name.value))' is defined here", at: first.name.location)]))
        }
    }

    // MARK: Quotas and containment

    /// Quotas on groups that no allow admits, and `on exceed` rules for hosts without any quota.
    /// Both compare addresses, so overlapping groups count. An audited group sends whatever it
    /// tries, so its quotas count even without an allow.
    private mutating func checkQuotasAndExceeds(_ footprints: [AllowFootprint?]) {
        let (quotaSources, quotaCoversSelf) = checkQuotasAdmitted(footprints)
        checkExceedsHaveQuotas(quotaSources, coversSelf: quotaCoversSelf)
    }

    /// Warns at quotas (standalone and inline) whose hosts no allow admits; returns every quota's
    /// sources and whether one covers `self`.
    private mutating func checkQuotasAdmitted(_ footprints: [AllowFootprint?]) -> (sources: [SourceSelector], coversSelf: Bool) {
        let audited = policy.audits.map(\.sources)
        let admitted = sets.union(of: footprints.compactMap { footprint in
            footprint.flatMap { $0.families.isEmpty ? nil : $0.rule?.sources }
        } + audited)
        let admitsSelf = policy.mode == .host && (resolution.allows.compactMap(\.rule?.sources) + audited).contains { sources in
            switch sources {
            case .any: return true
            case .groups(let names): return names.contains(Group.selfName)
            }
        }

        func reaches(_ set: AddressSet, _ name: String?) -> Bool {
            if name == Group.selfName { return admitsSelf }
            return set.firstIntersection(with: admitted) != nil
        }

        var quotaSources: [SourceSelector] = []
        var quotaCoversSelf = false
        func addQuota(_ sources: SourceSelector) {
            quotaSources.append(sources)
            switch sources {
            case .any: quotaCoversSelf = true
            case .groups(let names): if names.contains(Group.selfName) { quotaCoversSelf = true }
            }
        }

        for (node, rule) in resolution.quotas {
            guard let rule else { continue }
            addQuota(rule.sources)
            checkAdmitted(node.sources, reaches: reaches, what: "quota")
        }
        for (index, entry) in resolution.allows.enumerated() {
            guard let rule = entry.rule, rule.quota != nil else { continue }
            addQuota(rule.sources)
            if let footprint = footprints[index], footprint.families.isEmpty {
                checkAdmitted(entry.node.sources, reaches: reaches, what: "inline quota")
            }
        }
        return (quotaSources, quotaCoversSelf)
    }

    /// Warns at each group of an `on exceed` that no quota covers: it would never fire.
    private mutating func checkExceedsHaveQuotas(_ quotaSources: [SourceSelector], coversSelf quotaCoversSelf: Bool) {
        let quotaAddresses = sets.union(of: quotaSources)
        for (node, rule) in resolution.exceeds {
            guard rule != nil else { continue }
            for (name, location) in Self.names(in: node.sources) {
                let covered: Bool
                if name == Group.selfName {
                    covered = quotaCoversSelf
                } else if let name {
                    covered = (groupSets[name] ?? .empty).firstIntersection(with: quotaAddresses) != nil
                        || mentionedNames.contains(name)
                } else {
                    covered = !quotaSources.isEmpty
                }
                guard !covered else { continue }
                let subject = name.map { "group '\($0)'" } ?? "no group"
                diagnostics.append(.warning(
                    .exceedWithoutQuota, "\(subject) has no quota, so this 'on exceed' never fires", at: location,
                    notes: [DiagnosticNote(.help, "add a quota, such as: quota \(name ?? "GROUP") 10 GiB per day per host")]))
            }
        }
    }

    /// The group names of a selector with their locations; `any` gives one entry with a nil name.
    private static func names(in selector: SelectorNode<String>) -> [(String?, SourceLocation)] {
        switch selector {
        case .any(let location): [(nil, location)]
        case .items(let items): items.map { ($0.value, $0.location) }
        }
    }

    private mutating func checkAdmitted(_ selector: SelectorNode<String>, reaches: (AddressSet, String?) -> Bool,
                                        what: String) {
        for (name, location) in Self.names(in: selector) {
            if let name, mentionedNames.contains(name) { continue }
            let set = name.map { groupSets[$0] ?? .empty } ?? allGroups
            let anySelf = name == nil && policy.mode == .host
            guard !reaches(set, name) && !(anySelf && reaches(.empty, Group.selfName)) else { continue }
            let subject = name.map { "group '\($0)'" } ?? "'any'"
            diagnostics.append(.warning(
                .quotaWithoutAllow, "\(what) on \(subject), but no allow admits traffic from it", at: location,
                notes: [DiagnosticNote(.note, "a source that nothing allows sends no egress, so the quota never counts")]))
        }
    }

    private mutating func checkContainmentWithoutManagement() {
        guard let node = resolution.policyNode, !node.isBroken, node.settingLocations["management"] == nil else { return }
        for (exceed, _) in resolution.exceeds {
            for action in exceed.actions {
                let word: String
                switch action.value {
                case .block: word = "block"
                case .isolate: word = "isolate"
                case .alert: continue
                }
                diagnostics.append(.warning(
                    .containmentWithoutManagement, "'\(DisplayText.quoted(word))' without a management group",
                    at: action.location,
                    notes: [DiagnosticNote(.help, "add 'management GROUP' to the policy block so that administrators can still reach contained hosts")]))
            }
        }
    }
}
