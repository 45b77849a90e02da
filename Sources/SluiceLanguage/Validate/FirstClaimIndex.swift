/// Which is the first of several address sets, in order, to claim any address of a range.
/// Sets are added in increasing order; each asks first for the smallest earlier set sharing an
/// address with it, in O(log n) per range: a segment tree of minimums over the ranges' end points
/// (per family), with tags for "claimed by set k" on whole nodes. Iterative: no recursion on input.
struct FirstClaimIndex {
    /// Per family: sorted distinct starts of elementary segments.
    private var starts: [[UInt128]] = []
    private var width: [Int] = []
    /// Per family and node: the smallest set claiming the whole node (tag), and the smallest
    /// claiming any address below it (minimum).
    private var tags: [[Int]] = []
    private var minimums: [[Int]] = []

    /// Prepares the index for every range that will be added or asked about.
    init(ranges: [AddressRange]) {
        for family in AddressFamily.allCases {
            var points: [UInt128] = []
            for range in ranges where range.family == family {
                points.append(range.lower.value)
                if range.upper.value < family.maxValue { points.append(range.upper.value + 1) }
            }
            points.sort()
            var unique: [UInt128] = []
            for point in points where unique.last != point { unique.append(point) }
            var size = 1
            while size < max(1, unique.count) { size *= 2 }
            starts.append(unique)
            width.append(size)
            tags.append(Array(repeating: .max, count: 2 * size))
            minimums.append(Array(repeating: .max, count: 2 * size))
        }
    }

    /// The leaves [first, last] a range (given at init) covers, in its family's tree.
    private func leaves(_ range: AddressRange) -> (family: Int, first: Int, last: Int) {
        let f = range.family == .ipv4 ? 0 : 1
        func segment(_ x: UInt128) -> Int {
            var low = 0, high = starts[f].count
            while low < high {
                let mid = (low + high) / 2
                if starts[f][mid] <= x { low = mid + 1 } else { high = mid }
            }
            return max(0, low - 1)
        }
        return (f, segment(range.lower.value), segment(range.upper.value))
    }

    /// The smallest set that claimed an address of `range`, or nil.
    func firstClaim(_ range: AddressRange) -> Int? {
        let (f, first, last) = leaves(range)
        var best = Int.max
        var l = first + width[f], r = last + width[f] + 1
        while l < r {
            if l & 1 == 1 {
                best = min(best, minimums[f][l])
                l += 1
            }
            if r & 1 == 1 {
                r -= 1
                best = min(best, minimums[f][r])
            }
            l >>= 1
            r >>= 1
        }
        // Claims on whole nodes above the ones visited lie on the two boundary paths.
        for leaf in [first, last] {
            var node = (leaf + width[f]) >> 1
            while node >= 1 {
                best = min(best, tags[f][node])
                node >>= 1
            }
        }
        return best == .max ? nil : best
    }

    /// Records that set `claim` holds every address of `range`.
    mutating func claim(_ range: AddressRange, by claim: Int) {
        let (f, first, last) = leaves(range)
        var l = first + width[f], r = last + width[f] + 1
        while l < r {
            if l & 1 == 1 {
                mark(f, l, claim)
                l += 1
            }
            if r & 1 == 1 {
                r -= 1
                mark(f, r, claim)
            }
            l >>= 1
            r >>= 1
        }
        for leaf in [first, last] {
            var node = (leaf + width[f]) >> 1
            while node >= 1 {
                minimums[f][node] = min(tags[f][node], minimums[f][2 * node], minimums[f][2 * node + 1])
                node >>= 1
            }
        }
    }

    private mutating func mark(_ f: Int, _ node: Int, _ claim: Int) {
        tags[f][node] = min(tags[f][node], claim)
        minimums[f][node] = min(minimums[f][node], claim)
    }
}
