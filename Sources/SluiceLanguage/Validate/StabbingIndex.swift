/// Intervals of one number line, each tagged with the index of the allow it comes from, found
/// again by a point they contain ("stabbing"): which earlier allows contain this address (or
/// port)? A segment tree over the intervals' end points, built from all intervals up front and
/// filled in allow order, so every node's list is sorted and holds only allows inserted so far.
/// Iterative throughout: no recursion on input.
struct StabbingIndex {
    /// Sorted distinct starts of elementary segments: segment k is [starts[k], starts[k + 1]).
    private let starts: [UInt128]
    /// Leaves in the tree (a power of two, at least the number of segments).
    private let width: Int
    /// Node k of the implicit binary tree holds the tags of intervals that cover its whole span.
    private var lists: [[Int32]]

    /// Prepares an index for these intervals (inserted later with `insert`).
    init(intervals: [ClosedRange<UInt128>]) {
        var points: [UInt128] = []
        points.reserveCapacity(intervals.count * 2)
        for interval in intervals {
            points.append(interval.lowerBound)
            // An interval that ends at the top of the number line ends no segment.
            if interval.upperBound < .max { points.append(interval.upperBound + 1) }
        }
        points.sort()
        var unique: [UInt128] = []
        unique.reserveCapacity(points.count)
        for point in points where unique.last != point { unique.append(point) }
        starts = unique
        var width = 1
        while width < max(1, unique.count) { width *= 2 }
        self.width = width
        lists = Array(repeating: [], count: 2 * width)
    }

    /// The elementary segment holding `x`, or nil when `x` is below every interval.
    private func segment(_ x: UInt128) -> Int? {
        // The last start at or below x.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= x { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// Adds an interval (one of those given at `init`) with its tag.
    mutating func insert(_ interval: ClosedRange<UInt128>, tag: Int32) {
        guard let first = segment(interval.lowerBound) else { return }
        let last = interval.upperBound == .max ? starts.count - 1 : (segment(interval.upperBound) ?? first)
        var l = first + width, r = last + width + 1
        while l < r {
            if l & 1 == 1 {
                lists[l].append(tag)
                l += 1
            }
            if r & 1 == 1 {
                r -= 1
                lists[r].append(tag)
            }
            l >>= 1
            r >>= 1
        }
    }

    /// How many inserted intervals contain `x` (an allow with several such intervals counts
    /// once per interval).
    func count(at x: UInt128) -> Int {
        guard let leaf = segment(x) else { return 0 }
        var node = leaf + width, total = 0
        while node >= 1 {
            total += lists[node].count
            node >>= 1
        }
        return total
    }

    /// The tags of the inserted intervals that contain `x`, ascending and without repeats.
    func tags(at x: UInt128) -> [Int32] {
        guard let leaf = segment(x) else { return [] }
        var out: [Int32] = []
        var lists = 0
        var node = leaf + width
        while node >= 1 {
            if !self.lists[node].isEmpty {
                out += self.lists[node]
                lists += 1
            }
            node >>= 1
        }
        // One list is sorted and without repeats already (tags are inserted in order, once per node).
        if lists <= 1 { return out }
        out.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(out.count)
        for tag in out where unique.last != tag { unique.append(tag) }
        return unique
    }
}
