/// The lowest and highest source and target address of an allow in each family: plain numbers,
/// so that comparing all pairs of allows rules out almost every pair without touching the
/// address arrays (and without reference counting).
struct FootprintBounds: Sendable {
    var matchesV4 = false
    var matchesV6 = false
    var sources4: ClosedRange<UInt128> = 0...0
    var targets4: ClosedRange<UInt128> = 0...0
    var sources6: ClosedRange<UInt128> = 0...0
    var targets6: ClosedRange<UInt128> = 0...0

    init(_ footprint: AllowFootprint) {
        for family in footprint.families {
            guard let s = footprint.sources.bounds(family), let t = footprint.targets.bounds(family) else { continue }
            if family == .ipv4 {
                matchesV4 = true
                sources4 = s.lower...s.upper
                targets4 = t.lower...t.upper
            } else {
                matchesV6 = true
                sources6 = s.lower...s.upper
                targets6 = t.lower...t.upper
            }
        }
    }

    /// Whether an allow with these bounds might admit everything one with `other` admits.
    func mayCover(_ other: FootprintBounds) -> Bool {
        if other.matchesV4 {
            guard matchesV4, sources4.lowerBound <= other.sources4.lowerBound,
                  other.sources4.upperBound <= sources4.upperBound,
                  targets4.lowerBound <= other.targets4.lowerBound,
                  other.targets4.upperBound <= targets4.upperBound else { return false }
        }
        if other.matchesV6 {
            guard matchesV6, sources6.lowerBound <= other.sources6.lowerBound,
                  other.sources6.upperBound <= sources6.upperBound,
                  targets6.lowerBound <= other.targets6.lowerBound,
                  other.targets6.upperBound <= targets6.upperBound else { return false }
        }
        return other.matchesV4 || other.matchesV6
    }
}
