/// Which allows are shadowed: for every allow, the first earlier allow that admits everything it
/// admits (its sources, targets and ports, in every address family it can match).
///
/// Comparing every allow with every earlier one grew with the square of the allows (10,000
/// similar allows took 14 s, 20,000 took 55 s). Instead an allow is compared only with candidates
/// that can cover it, found in three steps:
///
/// 1. Allows with the same source set, target set and port set form one class; only its first
///    allow can be the first to cover anything, so only first allows are candidates.
/// 2. An allow that covers another contains that one's lowest source address, lowest target
///    address and lowest port (its witness points). The distinct source, target and port sets
///    are indexed by their ranges (`StabbingIndex`), so the sets containing each witness point
///    are found directly: usually one or two per component (the allow's own, and `any`).
/// 3. The classes made of those sets are looked up, and their first allows compared exactly, in
///    order. Only when the sets found are too many to combine (thousands of overlapping
///    destinations, say) does an allow fall back to comparing every earlier class.
///
/// The answer is exactly the pairwise one: the candidates always include the first allow that
/// covers (`ShadowOracle` in the tests keeps the pairwise version to compare against).
enum ShadowAnalysis {
    /// A set with more ranges than this is indexed by the one range from its lowest to its
    /// highest point: a superset, so candidates stay complete, at a fixed cost.
    static let rangesIndexedExactly = 8
    /// The most combinations of sets step 3 looks up before falling back.
    static let combinationLimit = 4_096

    /// For each allow, the index of the first earlier allow that covers it, or nil. Only allows
    /// marked `eligible` (complete, able to match, not an error) shadow or are shadowed.
    static func firstShadowers(_ footprints: [AllowFootprint?], eligible: [Bool]) -> [Int?] {
        var result = [Int?](repeating: nil, count: footprints.count)
        let positions = footprints.indices.filter { eligible[$0] && footprints[$0] != nil }
        var index = ShadowIndex(footprints, positions: positions)
        let bounds = positions.map { footprints[$0].map(FootprintBounds.init) }
        for (position, i) in positions.enumerated() {
            guard let footprint = footprints[i], let mine = bounds[position] else { continue }
            for candidate in index.candidates(for: position) {
                let j = positions[candidate]
                guard let theirs = bounds[candidate], theirs.mayCover(mine), let earlier = footprints[j],
                      footprint.isCovered(by: earlier) else { continue }
                result[i] = j
                break
            }
            index.add(position)
        }
        return result
    }
}
