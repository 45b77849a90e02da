import Foundation

/// The machine's load averages, from `/proc/loadavg`: benchmark figures on a shared machine mean
/// little without them.
public struct LoadAverage: CustomStringConvertible {
    /// The 1-minute average.
    public var one: Double
    /// The 5-minute average.
    public var five: Double
    /// The 15-minute average.
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
