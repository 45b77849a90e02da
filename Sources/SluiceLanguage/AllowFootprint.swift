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

    /// Whether `other` admits everything this allow admits (check `FootprintBounds` first: it is cheaper).
    func isCovered(by other: AllowFootprint) -> Bool {
        guard !families.isEmpty else { return false }
        for family in families {
            guard ports.isCovered(by: other.ports, in: family),
                  sources.isCovered(by: other.sources, in: family),
                  targets.isCovered(by: other.targets, in: family) else { return false }
        }
        return true
    }
}
