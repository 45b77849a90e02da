extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order. With a set, not `contains`: a list of
    /// 100,000 names must not cost 100,000 squared comparisons.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
