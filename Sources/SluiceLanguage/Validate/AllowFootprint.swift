/// What one allow admits, as real address and port sets: the basis of the shadowing and
/// family checks.
struct AllowFootprint: Sendable {
    var sources: AddressSet
    var targets: AddressSet
    var ports: PortSet
    /// The families in which the allow can admit a packet: source, target and protocol all exist.
    var families: [AddressFamily]

    /// Whether a target is a destination with DNS names: it admits addresses learned at run time
    /// in either family, which no earlier allow covers unless it admits every address.
    var learnsTargets = false

    /// The rule's selectors as written: two rules with equal selectors need no set comparison.
    var rule: AllowRule?

    init(sources: AddressSet, targets: AddressSet, ports: PortSet, rule: AllowRule? = nil, learnsTargets: Bool = false) {
        self.learnsTargets = learnsTargets
        self.sources = sources
        self.targets = targets
        self.ports = ports
        self.rule = rule
        families = AddressFamily.allCases.filter {
            !sources.isEmpty($0) && !targets.isEmpty($0) && ports.admitsAnything(in: $0)
        }
    }

    /// Whether `other` admits everything this allow admits (check `FootprintBounds` first: it is cheaper).
    func isCovered(by other: AllowFootprint) -> Bool {
        guard !families.isEmpty else { return false }
        // Equal selectors cover each other without walking large address sets: many rules
        // share `any` or the same group list.
        let sameSources = rule != nil && rule?.sources == other.rule?.sources
        let sameTargets = rule != nil && rule?.targets == other.rule?.targets
        let samePorts = rule != nil && rule?.ports == other.rule?.ports
        for family in families {
            guard samePorts || ports.isCovered(by: other.ports, in: family),
                  sameSources || sources.isCovered(by: other.sources, in: family),
                  sameTargets || (learnsTargets ? other.targets.isFull(family) : targets.isCovered(by: other.targets, in: family))
            else { return false }
        }
        return true
    }
}
