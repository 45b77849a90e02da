/// The lines of the source files, found once per file, for rendering excerpts without rescanning
/// a large file for every diagnostic.
struct SourceLines {
    private var texts: [String: String] = [:]
    private var starts: [String: [Int]] = [:]

    init(_ sources: [SourceFile]) {
        for source in sources where texts[source.path] == nil {
            // Contiguous once here, so every excerpt can read the bytes in place.
            var text = source.text
            text.makeContiguousUTF8()
            texts[source.path] = text
        }
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
        guard let text = texts[file], number >= 1 else { return nil }
        if starts[file] == nil { starts[file] = Self.lineStarts(text) }
        guard let lineStarts = starts[file], number <= lineStarts.count else { return nil }
        let from = lineStarts[number - 1]
        // The next line's start is one past this line's "\n"; the last line runs to the end.
        let to = number < lineStarts.count ? lineStarts[number] - 1 : text.utf8.count
        let line = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var end = to
            if end > from && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self)
        }
        return line.map { Substring($0) }
    }

    /// The UTF-8 offset at which every line begins. Bytes, not Characters: "\r\n" is one grapheme,
    /// and a scan of the bytes is what keeps one warning in a 2 MB policy from costing milliseconds.
    private static func lineStarts(_ text: String) -> [Int] {
        var out = [0]
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { out.append(i + 1) }
        }
        return out
    }
}
