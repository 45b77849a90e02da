/// The lines of the source files, split once per file, for rendering excerpts without rescanning
/// a large file for every diagnostic.
struct SourceLines {
    private var texts: [String: String] = [:]
    private var split: [String: [Substring]] = [:]

    init(_ sources: [SourceFile]) {
        for source in sources where texts[source.path] == nil { texts[source.path] = source.text }
    }

    /// The source line and a caret line under `location`, or "" when the line is unknown.
    mutating func excerpt(at location: SourceLocation) -> String {
        guard let line = self.line(location.file, location.line) else { return "" }
        var caret = ""
        var column = 1
        for scalar in line.unicodeScalars {
            guard column < location.column else { break }
            caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
            column += 1
        }
        while column < location.column {
            caret += " "
            column += 1
        }
        caret += "^" + String(repeating: "~", count: max(0, location.length - 1))
        return "\(line)\n\(caret)\n"
    }

    private mutating func line(_ file: String, _ number: Int) -> Substring? {
        if split[file] == nil {
            guard let text = texts[file] else { return nil }
            // Split on scalars: as Characters, "\r\n" is one grapheme and would never equal "\n".
            split[file] = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
                let line = Substring(scalars)
                return line.unicodeScalars.last == "\r" ? Substring(line.unicodeScalars.dropLast()) : line
            }
        }
        guard let lines = split[file], number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
