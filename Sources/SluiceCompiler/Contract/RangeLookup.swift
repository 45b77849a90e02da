import SluiceLanguage

/// Membership in a list of address ranges by binary search over their normalized form: what a
/// per-flow question asks thousands of times a second, whatever the number of ranges.
public struct RangeLookup: Hashable, Sendable {
    /// Sorted, disjoint, non-adjacent ranges (`AddressRange.normalize`).
    private let ranges: [AddressRange]

    /// Indexes ranges of either family.
    public init(_ ranges: [AddressRange]) {
        self.ranges = AddressRange.normalize(ranges)
    }

    /// Whether an address lies in one of the ranges.
    public func contains(_ address: IPAddress) -> Bool {
        // The last range whose lower end is at or below the address is the only candidate.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lower <= address { low = middle + 1 } else { high = middle }
        }
        return low > 0 && ranges[low - 1].contains(address)
    }
}
