import SluiceCompiler

/// Reads `host,hour,bytes` lines, as NetFlow/IPFIX collectors export them, into hourly usage:
/// `hour` is an RFC 3339 UTC time on the hour (`2026-03-02T14:00:00Z`), `bytes` a whole number.
/// A first line `host,hour,bytes`, blank lines and lines starting with `#` are skipped. Any bad
/// line makes the whole file refused, with every bad line named `FILE:LINE: problem`, so nothing
/// of a half-understood export is imported.
public enum HourlyUsageCSV {
    /// At most this many problems are listed; the count of the rest is given.
    public static let maximumProblems = 20

    /// The records of `text`, or the problems, each `path:line: message`.
    public static func parse(_ text: String, path: String) -> Result<[HourlyUsage], HourlyUsageCSVError> {
        var records: [HourlyUsage] = []
        var problems: [String] = []
        var skipped = 0
        // "\r\n" is one Character in Swift, and a newline: CRLF exports split like LF ones.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") || (index == 0 && trimmed == "host,hour,bytes") { continue }
            switch record(trimmed) {
            case .success(let usage): records.append(usage)
            case .failure(let problem):
                if problems.count < maximumProblems {
                    problems.append("\(path):\(index + 1): \(problem.message)")
                } else {
                    skipped += 1
                }
            }
        }
        if problems.isEmpty { return .success(records) }
        if skipped > 0 { problems.append("\(path): and \(skipped) more bad lines") }
        return .failure(HourlyUsageCSVError(problems: problems))
    }

    private struct Problem: Error {
        var message: String
    }

    private static func record(_ line: Substring) -> Result<HourlyUsage, Problem> {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        guard fields.count == 3 else {
            return .failure(Problem(message: "expected 3 fields (host,hour,bytes), found \(fields.count)"))
        }
        // A host's address, or a user's `uid:N` (learned quotas per user).
        guard let host = HostID(fields[0]), host.elementKey != nil else {
            return .failure(Problem(message: "'\(fields[0])' is not an IPv4 or IPv6 address, or a user as uid:N"))
        }
        guard let hour = hourStart(fields[1]) else {
            return .failure(Problem(message: "'\(fields[1])' is not an RFC 3339 UTC time on the hour, such as 2026-03-02T14:00:00Z"))
        }
        guard !fields[2].isEmpty, fields[2].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let bytes = UInt64(fields[2]) else {
            return .failure(Problem(message: "'\(fields[2])' is not a whole number of bytes"))
        }
        return .success(HourlyUsage(host: host, hourStart: hour, bytes: bytes))
    }

    /// Unix seconds of `YYYY-MM-DDTHH:00:00Z` (or `+00:00`); nil for anything else, including
    /// times off the hour and other offsets.
    static func hourStart(_ text: Substring) -> Int64? {
        var s = Substring(text)
        if s.hasSuffix("Z") || s.hasSuffix("z") {
            s = s.dropLast()
        } else if s.hasSuffix("+00:00") {
            s = s.dropLast(6)
        } else {
            return nil
        }
        let u = Array(s.utf8)
        guard u.count == 19, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54 || u[10] == 0x74, u[13] == 0x3A, u[16] == 0x3A
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range {
                guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
                value = value * 10 + Int64(u[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
              minute == 0, second == 0 else { return nil }
        return (days(year: year, month: month, day: day) * 24 + hour) * 3_600
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
