/// What one allow admits, as real address and port sets: the basis of the shadowing and
/// family checks.
struct AllowFootprint: Sendable {
    var sources: AddressSet
    var targets: AddressSet
    var ports: PortSet
    /// The families in which the allow can admit a packet: source, target and protocol all exist.
    var families: [AddressFamily]

    init(sources: AddressSet, targets: AddressSet, ports: PortSet) {
        self.sources = sources
        self.targets = targets
        self.ports = ports
        families = AddressFamily.allCases.filter {
            !sources.isEmpty($0) && !targets.isEmpty($0) && ports.admitsAnything(in: $0)
        }
    }

    /// Whether `other` admits everything this allow admits.
    func isCovered(by other: AllowFootprint) -> Bool {
        for family in families {
            // Bounds first: most pairs of rules fail here in a few comparisons.
            guard let mineS = sources.bounds(family), let theirS = other.sources.bounds(family),
                  theirS.lower <= mineS.lower, mineS.upper <= theirS.upper,
                  let mineT = targets.bounds(family), let theirT = other.targets.bounds(family),
                  theirT.lower <= mineT.lower, mineT.upper <= theirT.upper else { return false }
        }
        for family in families {
            guard ports.isCovered(by: other.ports, in: family),
                  sources.isCovered(by: other.sources, in: family),
                  targets.isCovered(by: other.targets, in: family) else { return false }
        }
        return true
    }
}
