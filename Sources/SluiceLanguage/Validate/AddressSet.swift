/// A set of addresses as sorted, disjoint ranges per family, for coverage and overlap checks
/// that run in linear time or better (sweeps and binary searches, never all pairs of addresses).
struct AddressSet: Sendable, Hashable {
    private(set) var v4: [AddressRange]
    private(set) var v6: [AddressRange]

    /// Every IPv4 and IPv6 address.
    static let everything = AddressSet(normalized: [AddressRange.all(.ipv4), AddressRange.all(.ipv6)])

    static let empty = AddressSet(normalized: [])

    /// Builds a set from any ranges.
    init(_ ranges: [AddressRange]) {
        self.init(normalized: AddressRange.normalize(ranges))
    }

    /// Builds a set from ranges that are already sorted and merged.
    init(normalized ranges: [AddressRange]) {
        let split = ranges.firstIndex { $0.family == .ipv6 } ?? ranges.count
        v4 = Array(ranges[..<split])
        v6 = Array(ranges[split...])
    }

    /// The union of several sets.
    static func union(_ sets: [AddressSet]) -> AddressSet {
        if sets.count == 1 { return sets[0] }
        let all = sets.flatMap { $0.v4 + $0.v6 }
        return AddressSet(all)
    }

    func ranges(_ family: AddressFamily) -> [AddressRange] { family == .ipv4 ? v4 : v6 }

    func isEmpty(_ family: AddressFamily) -> Bool { ranges(family).isEmpty }

    var isEmpty: Bool { v4.isEmpty && v6.isEmpty }

    /// Whether the set holds every address of `family`.
    func isFull(_ family: AddressFamily) -> Bool {
        let r = ranges(family)
        return r.count == 1 && r[0] == AddressRange.all(family)
    }

    /// The smallest and largest address of `family`, for cheap rejection before exact checks.
    func bounds(_ family: AddressFamily) -> (lower: UInt128, upper: UInt128)? {
        let r = ranges(family)
        guard let first = r.first, let last = r.last else { return nil }
        return (first.lower.value, last.upper.value)
    }

    /// Whether every address of `family` in this set is in `other`.
    func isCovered(by other: AddressSet, in family: AddressFamily) -> Bool {
        let mine = ranges(family)
        let theirs = other.ranges(family)
        var j = 0
        for r in mine {
            while j < theirs.count && theirs[j].upper.value < r.lower.value { j += 1 }
            // Ranges are merged, so one range of `other` must hold all of `r`.
            guard j < theirs.count, theirs[j].lower.value <= r.lower.value, r.upper.value <= theirs[j].upper.value else {
                return false
            }
        }
        return true
    }

    /// The first (lowest) range the two sets share, if any. Walks the smaller set and finds each
    /// of its ranges in the larger by binary search, so asking one small group against the union
    /// of thousands costs its own size, not theirs.
    func firstIntersection(with other: AddressSet) -> AddressRange? {
        for family in AddressFamily.allCases {
            let mine = ranges(family), theirs = other.ranges(family)
            let (small, large) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
            for r in small {
                // The first range of `large` that ends at or after r starts.
                var low = 0, high = large.count
                while low < high {
                    let mid = (low + high) / 2
                    if large[mid].upper.value < r.lower.value { low = mid + 1 } else { high = mid }
                }
                guard low < large.count, large[low].lower.value <= r.upper.value else { continue }
                return AddressRange(lower: IPAddress(family: family, value: max(r.lower.value, large[low].lower.value)),
                                    upper: IPAddress(family: family, value: min(r.upper.value, large[low].upper.value)))
            }
        }
        return nil
    }

    /// Whether the set shares an address with `range`.
    func overlaps(_ range: AddressRange) -> Bool {
        let mine = ranges(range.family)
        // The first range that ends at or after `range` starts.
        var low = 0, high = mine.count
        while low < high {
            let mid = (low + high) / 2
            if mine[mid].upper.value < range.lower.value { low = mid + 1 } else { high = mid }
        }
        return low < mine.count && mine[low].lower.value <= range.upper.value
    }

    /// The first (lowest) part of `range` that is not in the set, if any.
    func firstGap(in range: AddressRange) -> AddressRange? {
        let mine = ranges(range.family)
        var low = 0, high = mine.count
        while low < high {
            let mid = (low + high) / 2
            if mine[mid].upper.value < range.lower.value { low = mid + 1 } else { high = mid }
        }
        // Ranges are merged, so the one found either holds the start of `range` or lies after it.
        var start = range.lower.value
        if low < mine.count, mine[low].lower.value <= start {
            guard mine[low].upper.value < range.upper.value else { return nil }
            start = mine[low].upper.value + 1
            low += 1
        }
        let end = low < mine.count && mine[low].lower.value <= range.upper.value ? mine[low].lower.value - 1 : range.upper.value
        return AddressRange(lower: IPAddress(family: range.family, value: start), upper: IPAddress(family: range.family, value: end))
    }
}
