/// Semantic checks on a resolved policy: `allow any to any`, allows that can never match or are
/// shadowed, unused names, overlapping groups, quotas and containment that can never take effect.
///
/// Every check sorts or sweeps; none compares all pairs of addresses, so a policy with 100,000
/// prefixes validates in milliseconds.
struct PolicyValidator {
    private let resolution: Resolution
    private let mentionedNames: Set<String>
    private var diagnostics: [Diagnostic] = []
    private var groupSets: [String: AddressSet] = [:]
    private var destinationSets: [String: AddressSet] = [:]
    private var serviceSets: [String: [PortSpec]] = [:]
    private var allGroups = AddressSet.empty

    /// Runs every check; returns the diagnostics.
    static func validate(_ resolution: Resolution, mentionedNames: Set<String>) -> [Diagnostic] {
        var validator = PolicyValidator(resolution: resolution, mentionedNames: mentionedNames)
        validator.run()
        return validator.diagnostics
    }

    private init(resolution: Resolution, mentionedNames: Set<String>) {
        self.resolution = resolution
        self.mentionedNames = mentionedNames
        for group in resolution.policy.groups {
            groupSets[group.name] = group.isSelf ? .everything : AddressSet(normalized: group.addresses)
        }
        for destination in resolution.policy.destinations {
            destinationSets[destination.name] = AddressSet(normalized: destination.addresses)
        }
        for service in resolution.policy.services { serviceSets[service.name] = service.ports }
        allGroups = AddressSet.union(resolution.policy.groups.compactMap { groupSets[$0.name] })
    }

    private var policy: Policy { resolution.policy }

    private mutating func run() {
        let footprints = checkAllows()
        checkUnusedNames()
        checkOverlappingGroups()
        checkQuotasAndExceeds(footprints)
        checkContainmentWithoutManagement()
    }

    // MARK: Sets of rules

    private func sourceSet(_ selector: SourceSelector) -> AddressSet {
        switch selector {
        case .any: return allGroups
        case .groups(let names): return AddressSet.union(names.map { groupSets[$0] ?? .empty })
        }
    }

    private func targetSet(_ selector: TargetSelector) -> AddressSet {
        switch selector {
        case .any:
            return .everything
        case .items(let items):
            let sets = items.map { item -> AddressSet in
                switch item {
                case .destination(let name): destinationSets[name] ?? .empty
                case .address(let range): AddressSet(normalized: [range])
                }
            }
            return AddressSet.union(sets)
        }
    }

    private func portSet(_ selector: PortSelector) -> PortSet {
        switch selector {
        case .any:
            return .everything
        case .items(let items):
            var specs: [PortSpec] = []
            for item in items {
                switch item {
                case .service(let name): specs += serviceSets[name] ?? []
                case .port(let spec): specs.append(spec)
                }
            }
            return PortSet(specs)
        }
    }

    // MARK: Allows

    /// `allow any to any`, allows that can never match, shadowed allows. Returns the footprint of
    /// every complete allow (nil for incomplete ones), in order.
    private mutating func checkAllows() -> [AllowFootprint?] {
        var footprints: [AllowFootprint?] = []
        // Only allows that can match and are not errors may shadow later ones.
        var shadowers: [(index: Int, bounds: FootprintBounds)] = []
        for (node, rule) in resolution.allows {
            guard let rule else {
                footprints.append(nil)
                continue
            }
            let footprint = AllowFootprint(sources: sourceSet(rule.sources), targets: targetSet(rule.targets),
                                           ports: portSet(rule.ports), rule: rule)
            footprints.append(footprint)
            if case .any = rule.sources, footprint.targets.isFull(.ipv4), footprint.targets.isFull(.ipv6),
               footprint.ports.isEverything {
                diagnostics.append(.error(
                    .allowAnyToAny, "'allow any to any' admits every packet and defeats the default deny",
                    at: node.location,
                    notes: [DiagnosticNote(.help, "allow each group only the destinations and services it needs")]))
                continue
            }
            if footprint.families.isEmpty {
                reportNeverMatches(node, footprint)
                continue
            }
            let bounds = FootprintBounds(footprint)
            defer { shadowers.append((footprints.count - 1, bounds)) }
            for shadower in shadowers where shadower.bounds.mayCover(bounds) {
                guard let earlier = footprints[shadower.index], footprint.isCovered(by: earlier) else { continue }
                var notes = [DiagnosticNote(.note, "this earlier allow admits everything it does",
                                            at: resolution.allows[shadower.index].node.location)]
                if rule.quota != nil {
                    notes.append(DiagnosticNote(.note, "its inline quota never counts anything"))
                }
                notes.append(DiagnosticNote(.help, "remove it, or narrow the earlier allow"))
                diagnostics.append(.warning(.shadowedAllow, "this allow is shadowed by an earlier allow and never matches",
                                            at: node.location, notes: notes))
                break
            }
        }
        return footprints
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
            }
            diagnostics.append(.warning(.unusedName, "\(node.kind.rawValue) '\(name)' is never used",
                                        at: node.name.location, notes: [DiagnosticNote(.help, help)]))
        }
    }

    /// Groups that share addresses: a sweep over all group ranges sorted by their first address.
    /// Ranges of one group are disjoint, so the active list holds at most one range per group.
    private mutating func checkOverlappingGroups() {
        let groupNodes = resolution.definitions.filter { $0.kind == .group }
        var events: [(range: AddressRange, group: Int)] = []
        for (index, node) in groupNodes.enumerated() {
            for range in groupSets[node.name.value].map({ $0.ranges(.ipv4) + $0.ranges(.ipv6) }) ?? [] {
                events.append((range, index))
            }
        }
        events.sort { ($0.range, $0.group) < ($1.range, $1.group) }
        var active: [(range: AddressRange, group: Int)] = []
        var seen: Set<Int> = []
        var overlaps: [(later: Int, earlier: Int, shared: AddressRange)] = []
        for event in events {
            active.removeAll { $0.range.family != event.range.family || $0.range.upper.value < event.range.lower.value }
            for other in active where other.group != event.group {
                let (earlier, later) = other.group < event.group ? (other.group, event.group) : (event.group, other.group)
                guard seen.insert(earlier * groupNodes.count + later).inserted else { continue }
                let upper = min(other.range.upper.value, event.range.upper.value)
                let shared = AddressRange(lower: event.range.lower,
                                          upper: IPAddress(family: event.range.family, value: upper)) ?? event.range
                overlaps.append((later, earlier, shared))
            }
            active.append(event)
        }
        overlaps.sort { ($0.later, $0.earlier) < ($1.later, $1.earlier) }
        for overlap in overlaps {
            let later = groupNodes[overlap.later], earlier = groupNodes[overlap.earlier]
            diagnostics.append(.warning(
                .overlappingGroups,
                "groups '\(later.name.value)' and '\(earlier.name.value)' overlap: both contain \(overlap.shared)",
                at: later.name.location,
                notes: [DiagnosticNote(.note, "'\(earlier.name.value)' is defined here", at: earlier.name.location)]))
        }
    }

    // MARK: Quotas and containment

    /// Quotas on groups that no allow admits, and `on exceed` rules for hosts without any quota.
    /// Both compare addresses, so overlapping groups count.
    private mutating func checkQuotasAndExceeds(_ footprints: [AllowFootprint?]) {
        var admittedSets: [AddressSet] = []
        for footprint in footprints {
            guard let footprint, !footprint.families.isEmpty else { continue }
            admittedSets.append(footprint.sources)
        }
        let admitted = AddressSet.union(admittedSets)
        let admitsSelf = policy.mode == .host && resolution.allows.contains { entry in
            guard let rule = entry.rule else { return false }
            switch rule.sources {
            case .any: return true
            case .groups(let names): return names.contains(Group.selfName)
            }
        }

        func reaches(_ set: AddressSet, _ name: String?) -> Bool {
            if name == Group.selfName { return admitsSelf }
            return set.firstIntersection(with: admitted) != nil
        }

        var quotaSets: [AddressSet] = []
        var quotaCoversSelf = false
        func addQuota(_ sources: SourceSelector) {
            quotaSets.append(sourceSet(sources))
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

        let quotaAddresses = AddressSet.union(quotaSets)
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
                    covered = !quotaSets.isEmpty
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
                    .containmentWithoutManagement, "'\(word)' without a management group",
                    at: action.location,
                    notes: [DiagnosticNote(.help, "add 'management GROUP' to the policy block so that administrators can still reach contained hosts")]))
            }
        }
    }
}
