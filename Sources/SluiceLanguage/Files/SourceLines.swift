/// The lines of the source files, found once per file, for rendering excerpts without rescanning
/// a large file for every diagnostic.
///
/// An excerpt is made safe to print: control and bidirectional characters are escaped
/// (`DisplayText`), with the caret moved to stay under the escaped text, and a long line is cut
/// to `window` columns around the caret, so one diagnostic never prints more than that of a file.
struct SourceLines {
    /// Columns of a source line shown around the caret.
    static let window = 160
    /// How far left of the caret the shown part of a long line starts.
    static let lead = 50

    private var texts: [String: String] = [:]
    private var starts: [String: [Int]] = [:]
    /// The line rendered last, with where each of its scalars starts once escaped: consecutive
    /// diagnostics on one long line then cost the window each, not the line each.
    private var cached: (file: String, line: Int, scalars: [Unicode.Scalar], offsets: [Int])?

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
        guard let (scalars, offsets) = escapedLine(location.file, location.line) else { return "" }
        let total = offsets[scalars.count]
        // Columns past the end of the line (the end of file, a missing '}') take one column each.
        func offset(_ index: Int) -> Int {
            index <= scalars.count ? offsets[index] : total + index - scalars.count
        }
        let caretIndex = max(0, location.column - 1)
        let caretStart = offset(caretIndex)
        let caretEnd = max(caretStart + 1, offset(caretIndex + location.length))
        var first = 0, last = scalars.count
        if total > Self.window {
            // Cut at scalar boundaries: the first scalar starting at or after the window's left
            // edge, up to the last one ending inside it.
            let left = max(0, min(caretStart - Self.lead, total - Self.window))
            first = Self.firstIndex(in: offsets, atOrAfter: left)
            last = max(first, Self.firstIndex(in: offsets, atOrAfter: offsets[first] + Self.window + 1) - 1)
            last = min(last, scalars.count)
        }
        var line = first > 0 ? "..." : ""
        var caret = first > 0 ? "   " : ""
        for i in first..<last {
            let scalar = scalars[i]
            if let escape = DisplayText.escape(scalar) { line += escape } else { line.unicodeScalars.append(scalar) }
            if i < caretIndex {
                caret += scalar == "\t" ? "\t" : String(repeating: " ", count: offsets[i + 1] - offsets[i])
            }
        }
        if last < scalars.count { line += "..." }
        if caretIndex > last { caret += String(repeating: " ", count: caretStart - offsets[last]) }
        let visibleEnd = last < scalars.count ? offsets[last] : max(total, caretEnd)
        let underline = max(1, min(caretEnd, visibleEnd) - caretStart)
        caret += "^" + String(repeating: "~", count: underline - 1)
        return "\(line)\n\(caret)\n"
    }

    /// The smallest index whose offset is at least `column`, or `offsets.count` when none is
    /// (binary search: offsets are sorted).
    private static func firstIndex(in offsets: [Int], atOrAfter column: Int) -> Int {
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < column { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The scalars of a line and the escaped column at which each starts (one extra entry: the
    /// line's escaped width).
    private mutating func escapedLine(_ file: String, _ number: Int) -> ([Unicode.Scalar], [Int])? {
        if let cached, cached.file == file, cached.line == number { return (cached.scalars, cached.offsets) }
        guard let text = line(file, number) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { offsets.append(offsets[offsets.count - 1] + DisplayText.width(scalar)) }
        cached = (file, number, scalars, offsets)
        return (scalars, offsets)
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
