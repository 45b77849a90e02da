/// The address and port sets that names stand for, so that rules are compared by what they
/// admit rather than by how they are written.
struct AllowSets {
    private(set) var groups: [String: AddressSet] = [:]
    private var destinations: [String: AddressSet] = [:]
    private var services: [String: [PortSpec]] = [:]
    /// The destinations that list DNS names.
    private var learning: Set<String> = []
    /// Every group's addresses (`any` as a source); in host mode `self` makes it everything.
    private(set) var allGroups = AddressSet.empty

    init(_ policy: Policy) {
        for group in policy.groups {
            // A users set is traffic of this machine, like `self`: any source address.
            groups[group.name] = group.isSelf || group.isUsers ? .everything : AddressSet(normalized: group.addresses)
        }
        for destination in policy.destinations {
            if destination.names.isEmpty {
                destinations[destination.name] = AddressSet(normalized: destination.addresses)
            } else {
                // The placeholders stand for the addresses answers will teach, in both families:
                // the allow can match, and only an allow of every address covers them
                // (`AllowFootprint.learnsTargets`).
                let placeholders = AddressFamily.allCases.map { AddressRange(Expectation.namePlaceholder($0)) }
                destinations[destination.name] = AddressSet(normalized: AddressRange.normalize(destination.addresses + placeholders))
                learning.insert(destination.name)
            }
        }
        for service in policy.services { services[service.name] = service.ports }
        allGroups = AddressSet.union(policy.groups.compactMap { groups[$0.name] })
    }

    func sources(_ selector: SourceSelector) -> AddressSet {
        switch selector {
        case .any: return allGroups
        case .groups(let names): return AddressSet.union(names.map { groups[$0] ?? .empty })
        }
    }

    /// The addresses of every selector together. Each group counts once, however many selectors
    /// name it: the union of 100,000 allows' sources costs the groups' size, not 100,000 times it.
    func union(of selectors: some Sequence<SourceSelector>) -> AddressSet {
        var names: Set<String> = []
        for selector in selectors {
            switch selector {
            case .any: return allGroups
            case .groups(let list): names.formUnion(list)
            }
        }
        return AddressSet.union(names.sorted().map { groups[$0] ?? .empty })
    }

    func targets(_ selector: TargetSelector) -> AddressSet {
        switch selector {
        case .any:
            return .everything
        case .items(let items):
            let sets = items.map { item -> AddressSet in
                switch item {
                case .destination(let name): destinations[name] ?? .empty
                case .address(let range): AddressSet(normalized: [range])
                }
            }
            return AddressSet.union(sets)
        }
    }

    func ports(_ selector: PortSelector) -> PortSet {
        switch selector {
        case .any:
            return .everything
        case .items(let items):
            var specs: [PortSpec] = []
            for item in items {
                switch item {
                case .service(let name): specs += services[name] ?? []
                case .port(let spec): specs.append(spec)
                }
            }
            return PortSet(specs)
        }
    }

    /// What the allow admits.
    func footprint(_ rule: AllowRule) -> AllowFootprint {
        AllowFootprint(sources: sources(rule.sources), targets: targets(rule.targets), ports: ports(rule.ports), rule: rule,
                       learnsTargets: learnsTargets(rule.targets))
    }

    /// Whether a target is a destination with DNS names.
    func learnsTargets(_ selector: TargetSelector) -> Bool {
        guard !learning.isEmpty, case .items(let items) = selector else { return false }
        return items.contains { if case .destination(let name) = $0 { learning.contains(name) } else { false } }
    }
}
