/// Sorting and joining integer ranges: ports of a service, uids of a users set.
enum RangeMerge {
    /// Sorted ranges with overlapping and adjacent ones joined.
    static func merge<T: FixedWidthInteger & UnsignedInteger>(_ ranges: [ClosedRange<T>]) -> [ClosedRange<T>] {
        var out: [ClosedRange<T>] = []
        for r in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            // `upper + 1` without overflow: adjacent means the next range starts right after.
            if let last = out.last, last.upperBound == T.max || last.upperBound + 1 >= r.lowerBound {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
