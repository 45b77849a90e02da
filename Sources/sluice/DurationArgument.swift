import ArgumentParser

/// A duration on the command line, in the policy language's notation: `30s`, `2m`, `24h`, `7d`,
/// `1w` (a bare number means seconds).
struct DurationArgument: ExpressibleByArgument, Sendable, CustomStringConvertible {
    let seconds: UInt64

    init?(argument: String) {
        let units: [Character: UInt64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]
        var text = Substring(argument)
        var unit: UInt64 = 1
        if let last = text.last, let size = units[last] {
            unit = size
            text = text.dropLast()
        }
        guard let value = UInt64(text), value > 0, value <= 3_650 * 86_400 / unit else { return nil }
        seconds = value * unit
    }

    var description: String { "\(seconds)s" }
}
