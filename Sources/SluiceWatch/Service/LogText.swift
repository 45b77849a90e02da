import SluiceLanguage

/// Untrusted text made safe for one log line: what an alert program writes, reasons given to
/// `sluice isolate --reason`, anything derived from packets. Read in a terminal, raw text could
/// move the cursor, clear the screen, rewrite earlier lines (CR, ESC sequences), hide or reorder
/// what follows (bidi overrides), or forge whole log lines (newlines); a megabyte of it would
/// bury everything else.
///
/// Every control and format character becomes a visible escape: `\n`, `\r`, `\t`, and otherwise
/// the language's `DisplayText` escapes (`\xHH`, `\u{HHHH}`), so a policy's diagnostics and the
/// watcher's log spell a hostile character alike. Backslashes stay as they are,
/// so escaping twice changes nothing, and text escaped where it is produced passes the log
/// handler (`SafeLogHandler`) unchanged. The result is clipped to `limit` bytes of UTF-8, with a
/// marker, at a character boundary.
public enum LogText {
    /// The most bytes of one untrusted value in a log line.
    public static let limit = 1024
    /// Ends a clipped value.
    static let clipMarker = "…[clipped]"

    /// The text escaped and clipped.
    public static func escape(_ text: some StringProtocol, limit: Int = LogText.limit) -> String {
        var out = ""
        var bytes = 0
        var scalars = 0
        // How many scalars of `out` still leave room for the marker.
        var kept = 0
        for scalar in text.unicodeScalars {
            let piece = escaped(scalar)
            bytes += piece.utf8.count
            if bytes > limit {
                return String(String.UnicodeScalarView(out.unicodeScalars.prefix(kept))) + clipMarker
            }
            out += piece
            scalars += piece.unicodeScalars.count
            if bytes <= limit - clipMarker.utf8.count { kept = scalars }
        }
        return out
    }

    /// The text cut to at most `limit` bytes of UTF-8 at a character boundary, with the marker
    /// when anything was cut; for values that are escaped elsewhere (JSON).
    public static func clip(_ text: String, limit: Int = LogText.limit) -> String {
        guard text.utf8.count > limit else { return text }
        var out = ""
        var bytes = clipMarker.utf8.count
        for character in text {
            bytes += character.utf8.count
            if bytes > limit { break }
            out.append(character)
        }
        return out + clipMarker
    }

    /// One scalar as it appears in the log: one line, so line breaks and tabs are escaped too.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0a: return "\\n"
        case 0x0d: return "\\r"
        case 0x09: return "\\t"
        default: return DisplayText.escape(scalar) ?? String(scalar)
        }
    }
}
