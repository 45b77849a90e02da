/// The earlier allows `ShadowAnalysis` compares an allow with (see there for the method): the
/// distinct source, target and port sets indexed by their ranges, and the first allow of every
/// class of allows with the same three sets. Allows are added in order, so every lookup sees
/// only earlier ones.
struct ShadowIndex {
    /// The numbers of an allow's source, target and port sets: its class.
    private struct Key: Hashable {
        let sources: Int
        let targets: Int
        let ports: Int
    }

    /// Every allow's footprint, and which of them are indexed (`position` counts in these).
    private let footprints: [AllowFootprint?]
    private let positions: [Int]
    private let keys: [Key]
    private let sourceSets: [AddressSet]
    private let targetSets: [AddressSet]
    private let portSets: [PortSet]
    /// Per family (IPv4, IPv6): the source and target sets by their ranges; the port sets by
    /// their ranges on one line (protocol slot * 65,536 + port).
    private var sourceIndex: [StabbingIndex]
    private var targetIndex: [StabbingIndex]
    private var portIndex: StabbingIndex
    private var sourceAdded: Set<Int> = []
    private var targetAdded: Set<Int> = []
    private var portAdded: Set<Int> = []
    private var firstOfClass: [Key: Int] = [:]
    /// The first allow of every class so far, in order.
    private var classFirsts: [Int] = []

    init(_ footprints: [AllowFootprint?], positions: [Int]) {
        self.footprints = footprints
        self.positions = positions
        var sources = SetNumbering<SourceSelector, AddressSet>(capacity: positions.count)
        var targets = SetNumbering<TargetSelector, AddressSet>(capacity: positions.count)
        var ports = SetNumbering<PortSelector, PortSet>(capacity: positions.count)
        keys = positions.map { i in
            guard let footprint = footprints[i] else { return Key(sources: -1, targets: -1, ports: -1) }
            return Key(sources: sources.number(footprint.sources, selector: footprint.rule?.sources),
                       targets: targets.number(footprint.targets, selector: footprint.rule?.targets),
                       ports: ports.number(footprint.ports, selector: footprint.rule?.ports))
        }
        firstOfClass.reserveCapacity(positions.count)
        sourceSets = sources.values
        targetSets = targets.values
        portSets = ports.values
        let families = AddressFamily.allCases
        sourceIndex = families.map { f in StabbingIndex(intervals: sources.values.flatMap { Self.intervals($0, f) }) }
        targetIndex = families.map { f in StabbingIndex(intervals: targets.values.flatMap { Self.intervals($0, f) }) }
        portIndex = StabbingIndex(intervals: ports.values.flatMap(Self.intervals))
    }

    /// The first allows of the earlier classes that may cover allow `position`, ascending.
    func candidates(for position: Int) -> [Int] {
        guard let footprint = footprints[positions[position]], let family = footprint.families.first else { return [] }
        let f = family == .ipv4 ? 0 : 1
        let sources = footprint.sources.ranges(family).first.map { sourceIndex[f].tags(at: $0.lower.value) } ?? []
        let targets = footprint.targets.ranges(family).first.map { targetIndex[f].tags(at: $0.lower.value) } ?? []
        let ports = Self.portWitness(footprint.ports, family).map { portIndex.tags(at: $0) } ?? Array(portAdded).map(Int32.init)
        guard sources.count * targets.count * ports.count <= ShadowAnalysis.combinationLimit else { return classFirsts }
        var out: [Int] = []
        for s in sources {
            for t in targets {
                for p in ports {
                    if let first = firstOfClass[Key(sources: Int(s), targets: Int(t), ports: Int(p))] { out.append(first) }
                }
            }
        }
        return out.sorted()
    }

    /// Makes allow `position` visible to the allows after it.
    mutating func add(_ position: Int) {
        let key = keys[position]
        guard key.sources >= 0, firstOfClass[key] == nil else { return }
        firstOfClass[key] = position
        classFirsts.append(position)
        for (f, family) in AddressFamily.allCases.enumerated() {
            if !sourceAdded.contains(key.sources) {
                for interval in Self.intervals(sourceSets[key.sources], family) {
                    sourceIndex[f].insert(interval, tag: Int32(key.sources))
                }
            }
            if !targetAdded.contains(key.targets) {
                for interval in Self.intervals(targetSets[key.targets], family) {
                    targetIndex[f].insert(interval, tag: Int32(key.targets))
                }
            }
        }
        sourceAdded.insert(key.sources)
        targetAdded.insert(key.targets)
        if portAdded.insert(key.ports).inserted {
            for interval in Self.intervals(portSets[key.ports]) { portIndex.insert(interval, tag: Int32(key.ports)) }
        }
    }

    /// The set's ranges in `family` as numbers; one bounding range for a set of many.
    private static func intervals(_ set: AddressSet, _ family: AddressFamily) -> [ClosedRange<UInt128>] {
        bounded(set.ranges(family).map { $0.lower.value...$0.upper.value })
    }

    /// The port set's ranges on one line: protocol slot * 65,536 + port.
    private static func intervals(_ ports: PortSet) -> [ClosedRange<UInt128>] {
        var out: [ClosedRange<UInt128>] = []
        for (slot, ranges) in ports.ranges.enumerated() {
            let base = UInt128(slot) << 16
            out += ranges.map { (base + UInt128($0.lowerBound))...(base + UInt128($0.upperBound)) }
        }
        return bounded(out)
    }

    private static func bounded(_ intervals: [ClosedRange<UInt128>]) -> [ClosedRange<UInt128>] {
        guard intervals.count > ShadowAnalysis.rangesIndexedExactly, let first = intervals.first,
              let last = intervals.last else { return intervals }
        return [first.lowerBound...last.upperBound]
    }

    /// The lowest port `PortSet.isCovered` checks in `family`, on the port line: every port set
    /// that covers this one in that family contains it.
    private static func portWitness(_ ports: PortSet, _ family: AddressFamily) -> UInt128? {
        for (slot, transport) in Transport.allCases.enumerated() where transport.family == nil || transport.family == family {
            for range in ports.ranges[slot] where max(range.lowerBound, 1) <= range.upperBound {
                return (UInt128(slot) << 16) + UInt128(max(range.lowerBound, 1))
            }
        }
        return nil
    }
}
