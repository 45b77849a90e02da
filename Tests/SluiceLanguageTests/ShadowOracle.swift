@testable import SluiceLanguage

/// The shadowed-allow analysis as it was before it was indexed: every allow against every
/// earlier one, in order, first match wins. Kept as the reference the indexed analysis must agree
/// with exactly (it is quadratic, so only for small policies).
enum ShadowOracle {
    static func firstShadowers(_ footprints: [AllowFootprint?], eligible: [Bool]) -> [Int?] {
        var result = [Int?](repeating: nil, count: footprints.count)
        var shadowers: [(index: Int, bounds: FootprintBounds)] = []
        for (index, footprint) in footprints.enumerated() {
            guard eligible[index], let footprint else { continue }
            let bounds = FootprintBounds(footprint)
            defer { shadowers.append((index, bounds)) }
            for shadower in shadowers where shadower.bounds.mayCover(bounds) {
                guard let earlier = footprints[shadower.index], footprint.isCovered(by: earlier) else { continue }
                result[index] = shadower.index
                break
            }
        }
        return result
    }
}
