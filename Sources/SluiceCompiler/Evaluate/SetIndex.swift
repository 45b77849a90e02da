import SluiceLanguage

/// Membership tests over one set's elements: binary search over sorted ranges, so explaining a
/// flow against 100,000 prefixes stays fast.
public struct SetIndex: Sendable {
    private var ranges: [(lower: UInt128, upper: UInt128)] = []
    private var names: Set<String> = []

    /// Indexes the elements of `set`.
    public init(_ set: NFTSet) {
        for element in set.elements {
            switch element.key {
            case .address(let r): ranges.append((r.lower.value, r.upper.value))
            case .ports(let p): ranges.append((UInt128(p.lowerBound), UInt128(p.upperBound)))
            case .l4proto(let v), .nfproto(let v): ranges.append((UInt128(v), UInt128(v)))
            case .uid(let v): ranges.append((UInt128(v), UInt128(v)))
            case .ifname(let name): names.insert(name)
            }
        }
        ranges.sort { $0.lower < $1.lower }
    }

    /// Whether a numeric key (address, port, protocol) is in the set.
    func contains(_ value: UInt128) -> Bool { range(holding: value) != nil }

    /// The element range that holds `value`, by binary search (the set's ranges are disjoint).
    private func range(holding value: UInt128) -> (lower: UInt128, upper: UInt128)? {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if ranges[mid].upper < value {
                low = mid + 1
            } else if ranges[mid].lower > value {
                high = mid - 1
            } else {
                return ranges[mid]
            }
        }
        return nil
    }

    /// Whether an element's whole key (one value or a range) lies in one element of the set.
    public func contains(_ key: ElementKey) -> Bool {
        switch key {
        case .address(let r): contains(r.lower.value, through: r.upper.value)
        case .ports(let p): contains(UInt128(p.lowerBound), through: UInt128(p.upperBound))
        case .l4proto(let v), .nfproto(let v): contains(UInt128(v))
        case .uid(let v): contains(UInt128(v))
        case .ifname(let name): names.contains(name)
        }
    }

    private func contains(_ lower: UInt128, through upper: UInt128) -> Bool {
        range(holding: lower).map { upper <= $0.upper } ?? false
    }

    /// Whether an interface name is in the set.
    func contains(name: String) -> Bool { names.contains(name) }
}
