/// A proposed budget as policy text: rounded up to two significant digits in decimal units, so it
/// reads well and is never below what it must cover.
enum LearnedSize {
    static let units: [(String, Double)] = [("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3)]

    static func text(_ bytes: Double) -> String {
        let needed = max(1, bytes.rounded(.up))
        for (unit, size) in units where needed >= size {
            let value = needed / size
            if value < 10 {
                let tenths = (value * 10).rounded(.up)
                let whole = Int(tenths) / 10, fraction = Int(tenths) % 10
                return fraction == 0 ? "\(whole) \(unit)" : "\(whole).\(fraction) \(unit)"
            }
            let digits = Double(Int(value).description.count - 2)
            let step = digits > 0 ? pow10(digits) : 1
            return "\(Int((value / step).rounded(.up) * step)) \(unit)"
        }
        return "\(Int(needed)) B"
    }

    /// Exact bytes for evidence, with thousands separators: `1,607,000 bytes`.
    static func exact(_ bytes: UInt64) -> String {
        var digits = String(bytes)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return groups.joined(separator: ",") + (bytes == 1 ? " byte" : " bytes")
    }

    private static func pow10(_ n: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(n) { result *= 10 }
        return result
    }
}
