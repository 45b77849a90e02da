import Foundation

/// The machine's load averages, from `/proc/loadavg`: benchmark figures on a shared machine mean
/// little without them.
public struct LoadAverage: CustomStringConvertible {
    /// The 1, 5 and 15 minute averages.
    public var one: Double
    public var five: Double
    public var fifteen: Double

    /// Reads them now; zeros when `/proc/loadavg` cannot be read.
    public static func now() -> LoadAverage {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        let fields = text.split(separator: " ").prefix(3).map { Double($0) ?? 0 }
        guard fields.count == 3 else { return LoadAverage(one: 0, five: 0, fifteen: 0) }
        return LoadAverage(one: fields[0], five: fields[1], fifteen: fields[2])
    }

    /// `2.31 1.80 1.52 (1, 5, 15 min)`.
    public var description: String {
        String(format: "%.2f %.2f %.2f (1, 5, 15 min)", one, five, fifteen)
    }
}
