/// Human-readable sizes and durations, in the units the policy language uses.
public enum Units {
    private static let binary: [(String, UInt64)] = [
        ("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10),
    ]
    private static let decimal: [(String, UInt64)] = [
        ("TB", 1_000_000_000_000), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1000),
    ]

    /// `2 GiB`, `500 MB`, `1.5 GiB`, `1234 B`: exact when a unit divides the size, else two decimals.
    public static func size(_ bytes: UInt64) -> String {
        for (name, unit) in binary + decimal where bytes >= unit && bytes % unit == 0 {
            return "\(bytes / unit) \(name)"
        }
        for (name, unit) in binary where bytes >= unit {
            let hundredths = (bytes % unit) * 100 / unit
            let fraction = hundredths < 10 ? "0\(hundredths)" : "\(hundredths)"
            return "\(bytes / unit).\(fraction) \(name)"
        }
        return "\(bytes) B"
    }

    /// `bytes` to read beside `reference` (a budget): exact as `size` gives it when a unit divides
    /// it, else in the reference's units (decimal beside `2 MB`, binary beside `2 MiB`), rounded
    /// to hundredths, so the two columns compare at a glance (`1.51 MB` of `2 MB`, not `1.43 MiB`).
    public static func size(_ bytes: UInt64, like reference: UInt64) -> String {
        func divides(_ units: [(String, UInt64)], _ value: UInt64) -> Bool { units.contains { value >= $0.1 && value % $0.1 == 0 } }
        if divides(binary + decimal, bytes) { return size(bytes) }
        let units = !divides(binary, reference) && divides(decimal, reference) ? decimal : binary
        for (name, unit) in units where bytes >= unit {
            let hundredths = (UInt128(bytes) * 100 + UInt128(unit / 2)) / UInt128(unit)
            let fraction = hundredths % 100 < 10 ? "0\(hundredths % 100)" : "\(hundredths % 100)"
            return "\(hundredths / 100).\(fraction) \(name)"
        }
        return "\(bytes) B"
    }

    /// The largest unit that divides the duration exactly: `1d`, `30d`, `90m`, `45s`, `2w`.
    public static func duration(_ seconds: UInt64) -> String {
        for (name, unit) in [("w", UInt64(604_800)), ("d", 86_400), ("h", 3_600), ("m", 60)]
            where seconds >= unit && seconds % unit == 0 {
            return "\(seconds / unit)\(name)"
        }
        return "\(seconds)s"
    }

    /// `day`, `hour` and `week` for one unit, otherwise the short duration (`30d`).
    public static func window(_ seconds: UInt64) -> String {
        switch seconds {
        case 3_600: "hour"
        case 86_400: "day"
        case 604_800: "week"
        default: duration(seconds)
        }
    }
}
