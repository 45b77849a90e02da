import Foundation

/// RFC 3339 timestamps in UTC (`2026-01-02T03:04:05Z`, milliseconds only when there are any),
/// computed without the C library or a locale so the output is the same everywhere.
public enum RFC3339 {
    /// Formats an instant.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (secondsFloor, millis) = floorDivide(totalMilliseconds, 1000)
        return format(unixSeconds: secondsFloor, milliseconds: Int(millis))
    }

    /// Formats an instant to the second, as tables for people show it.
    public static func formatSeconds(_ date: Date) -> String {
        format(unixSeconds: Int64((date.timeIntervalSince1970).rounded(.down)))
    }

    /// Formats whole Unix seconds.
    public static func format(unixSeconds: Int64, milliseconds: Int = 0) -> String {
        let (days, secondOfDay) = floorDivide(unixSeconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        let hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60, second = secondOfDay % 60
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if milliseconds != 0 { text += "." + pad(Int64(milliseconds), 3) }
        return text + "Z"
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b - ((a % b != 0 && a < 0) ? 1 : 0)
        return (q, a - q * b)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(abs(value))
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Year, month and day of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's
    /// `civil_from_days`).
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
