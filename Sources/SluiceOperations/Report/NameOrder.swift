/// Endpoints in name order by integer rank: the first few hosts of a list by name come from
/// sorting integers, not strings (a month's report lists the hosts of thousands of destinations).
struct NameOrder {
    /// Rank by endpoint id (ids are small and dense), and id by rank.
    private var rank: [Int] = []
    private let ids: [Int64]
    private let names: [Int64: String]

    init(_ names: [Int64: String]) {
        self.names = names
        ids = names.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        rank = Array(repeating: Int.max, count: Int(names.keys.max() ?? 0) + 1)
        for (position, id) in ids.enumerated() where id >= 0 { rank[Int(id)] = position }
    }

    /// The names of the first `count` of `members` in name order.
    func first(_ count: Int, of members: some Collection<Int64>) -> [String] {
        let ranks = members.map { $0 >= 0 && Int($0) < rank.count ? rank[Int($0)] : Int.max }.sorted()
        return ranks.prefix(count).compactMap { $0 < ids.count ? names[ids[$0]] : nil }
    }
}
