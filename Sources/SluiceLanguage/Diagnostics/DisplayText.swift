/// Makes text from a policy file safe to print on a terminal. Diagnostics quote names, paths,
/// strings and whole source lines; a policy file (or a file that is not one) can hold ESC
/// sequences that recolour or clear the screen, a carriage return that overprints a line, or
/// bidirectional controls that show a line in another order than Sluice reads it.
public enum DisplayText {
    /// The longest message (in characters) a diagnostic keeps; user text makes messages long,
    /// and a quoted 1 MB word says no more than its first and last characters.
    public static let maximumMessageLength = 400

    /// `text` with every control, format and line-separator character written as `\xHH` or
    /// `\u{HHHH}`. Tabs stay (they only move the cursor). Idempotent: escaped text is unchanged.
    public static func escaped(_ text: String) -> String {
        // Printable ASCII (and tabs) is the common case: a byte scan, no scalar decoding.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) { return text }
        guard text.unicodeScalars.contains(where: { escape($0) != nil }) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar) { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The escape for one scalar, or nil when it prints as itself.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        // ASCII other than controls is the common case; answer it without a property lookup.
        if value >= 0x20 && value < 0x7F || value == 0x09 { return nil }
        if value < 0x100 {
            guard value < 0x20 || (0x7F...0xA0).contains(value) || value == 0xAD else { return nil }
            return "\\x" + hex(value, digits: 2)
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
            return "\\u{" + hex(value, digits: 4) + "}"
        default:
            return nil
        }
    }

    /// How many columns `scalar` takes once escaped (a tab counts as one).
    static func width(_ scalar: Unicode.Scalar) -> Int {
        escape(scalar)?.count ?? 1
    }

    /// `text` escaped, and shortened to about `maximum` characters by cutting out its middle.
    public static func clipped(_ text: String, to maximum: Int = maximumMessageLength) -> String {
        let safe = escaped(text)
        if safe.utf8.count <= maximum { return safe }
        let scalars = safe.unicodeScalars
        guard scalars.count > maximum else { return safe }
        let keep = max(2, maximum - 3)
        var out = String(String.UnicodeScalarView(scalars.prefix(keep - keep / 3)))
        out += "..."
        out.unicodeScalars.append(contentsOf: scalars.suffix(keep / 3))
        return out
    }

    /// A short form of user text quoted inside a message: at most `maximum` characters.
    public static func quoted(_ text: String, maximum: Int = 40) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maximum else { return escaped(text) }
        return escaped(String(String.UnicodeScalarView(scalars.prefix(maximum)))) + "..."
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
